package fr.entente.document.query;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Encoder;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Searches the documents' index: the spaces the person sees only (a filter, not a score), out of the trash, the words
 * in French over names (which count triple) and texts; extracts HTML-escaped with the words found marked.
 */
final class DocumentSearcher {

    static final String ID = "documentId";
    static final String COOPERATION = "cooperationId";
    static final String SPACE = "spaceId";
    static final String FOLDER = "folderId";
    static final String TRASHED = "trashed";
    static final String NAME = "name";
    static final String TEXT = "text";
    private static final int EXTRACT = 200;

    private final Analyzer analyzer;

    DocumentSearcher(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<DocumentSearchHit> search(IndexSearcher index, SearchDocumentsQuery query) throws IOException {
        if (query.spaceIds().isEmpty() || query.cooperationId() == null || query.text() == null
            || query.text().isBlank()) {
            return List.of();
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(NAME, 3f, TEXT, 1f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query words = parser.parse(query.text());
        if (words == null || words instanceof MatchNoDocsQuery) {
            return List.of();
        }
        Query all = new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(TRASHED, "false")), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(COOPERATION, query.cooperationId())), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(SPACE, query.spaceIds().stream().map(BytesRef::new).toList()),
                     BooleanClause.Occur.FILTER)
                .build();
        TopDocs found = index.search(all, Math.max(1, query.limit()));
        List<DocumentSearchHit> hits = new ArrayList<>();
        for (ScoreDoc hit : found.scoreDocs) {
            Document document = index.storedFields().document(hit.doc);
            String folder = document.get(FOLDER);
            hits.add(new DocumentSearchHit(document.get(ID), document.get(SPACE), folder.isEmpty() ? null : folder,
                                           document.get(NAME), marked(words, NAME, document.get(NAME), false),
                                           marked(words, TEXT, document.get(TEXT), true), hit.score));
        }
        return hits;
    }

    /** Text shown as text in HTML: {@code & < > " '} escaped, every other character kept. */
    static String escaped(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    private String marked(Query words, String field, String text, boolean extract) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Encoder encoder = DocumentSearcher::escaped;
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), encoder,
                                                  new QueryScorer(words, field));
        highlighter.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
        if (!extract) {
            highlighter.setTextFragmenter(new org.apache.lucene.search.highlight.NullFragmenter());
        }
        try {
            String[] fragments = highlighter.getBestFragments(analyzer, field, text, 2);
            if (fragments.length > 0) {
                return String.join(" … ", fragments);
            }
        } catch (IOException | InvalidTokenOffsetsException e) {
            // shown plain, below
        }
        if (!extract) {
            return encoder.encodeText(text);
        }
        return encoder.encodeText(text.length() > EXTRACT ? text.substring(0, EXTRACT) + "…" : text);
    }
}
