package fr.entente.forum.query;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
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
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.Encoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Searches the forum's index: what the person may see only (their cooperation, their spaces: a filter, not a score),
 * the words in French over titles (which count double) and texts, or the posts of the authors named; extracts marked
 * with {@code <mark>} and otherwise HTML-escaped.
 */
final class ForumSearcher {

    static final String ID = "id";
    static final String TYPE = "type";
    static final String THREAD = "threadId";
    static final String COOPERATION = "cooperationId";
    static final String SPACE = "spaceId";
    static final String AUTHOR = "authorId";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String AT = "at";
    static final String AT_STORED = "atStored";
    private static final int EXTRACT = 160;

    private final Analyzer analyzer;

    ForumSearcher(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<SearchHit> search(IndexSearcher index, SearchForumQuery query) throws IOException {
        if (query.spaceIds().isEmpty() || query.cooperationId() == null) {
            return List.of();
        }
        Query words = words(query.text());
        BooleanQuery.Builder wanted = new BooleanQuery.Builder();
        if (words != null) {
            wanted.add(words, BooleanClause.Occur.SHOULD);
        }
        if (!query.authorIds().isEmpty()) {
            wanted.add(new TermInSetQuery(AUTHOR, query.authorIds().stream().map(BytesRef::new).toList()),
                       BooleanClause.Occur.SHOULD);
        }
        if (words == null && query.authorIds().isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder()
                .add(wanted.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(TYPE, "post")), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(COOPERATION, query.cooperationId())), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(SPACE, query.spaceIds().stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        if (query.inSpaceId() != null) {
            all.add(new TermQuery(new Term(SPACE, query.inSpaceId())), BooleanClause.Occur.FILTER);
        }
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochMilli();
            long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochMilli();
            all.add(LongPoint.newRangeQuery(AT, from, to), BooleanClause.Occur.FILTER);
        }
        TopDocs found = index.search(all.build(), Math.max(1, query.limit()));
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc hit : found.scoreDocs) {
            Document document = index.storedFields().document(hit.doc);
            hits.add(new SearchHit(document.get(THREAD), document.get(ID), document.get(SPACE), document.get(AUTHOR),
                                   Instant.ofEpochMilli(document.getField(AT_STORED).numericValue().longValue()),
                                   extract(words, TITLE, document.get(TITLE)), extract(words, TEXT, document.get(TEXT)),
                                   hit.score));
        }
        return hits;
    }

    /** Text shown as text in HTML: {@code & < > " '} escaped, every other character kept as it is. */
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

    private Query words(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(TITLE, 2f, TEXT, 1f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query parsed = parser.parse(text);
        return parsed == null || parsed instanceof MatchNoDocsQuery ? null : parsed;
    }

    private String extract(Query words, String field, String text) {
        if (text == null) {
            return "";
        }
        Encoder encoder = ForumSearcher::escaped;
        if (words != null) {
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), encoder,
                                                      new QueryScorer(words, field));
            highlighter.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
            try {
                String[] fragments = highlighter.getBestFragments(analyzer, field, text, 2);
                if (fragments.length > 0) {
                    return String.join(" … ", fragments);
                }
            } catch (IOException | InvalidTokenOffsetsException e) {
                // an extract that cannot be marked is shown plain, below
            }
        }
        String plain = text.length() > EXTRACT ? text.substring(0, EXTRACT) + "…" : text;
        return encoder.encodeText(plain);
    }
}
