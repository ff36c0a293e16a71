package fr.entente.document.query;

import fr.entente.common.query.LogPosition;
import fr.entente.document.api.*;
import fr.entente.forum.query.FrenchSearchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The documents' search index, built as the forum's is ({@code ForumSearchIndex}: the same Lucene engine and French
 * analysis, {@link FrenchSearchAnalyzer}; each node's own index beside the data directory, by default
 * {@code <data-directory>-index/documents}, whose commits record the position of the last event it holds, so that a
 * restarted node goes on from there and a deleted index is rebuilt from the log). One Lucene document per document of
 * a space: its name and the text of its current version ({@link DocumentTextSource}), its cooperation, space and
 * folder; a document in the trash leaves the index and comes back when restored; a purged one is gone.
 */
@Component
@ProcessingGroup(DocumentSearchIndex.PROCESSING_GROUP)
public class DocumentSearchIndex implements AutoCloseable {

    public static final String PROCESSING_GROUP = "document-search";
    static final String POSITION = "position";
    /** The most of a file's text kept in the index: the first pages of a long report are what people search. */
    static final int MOST_TEXT = 200_000;
    private static final long COMMIT_EVERY_MILLIS = 1_000;

    private final Path directoryPath;
    private final DocumentTextSource texts;
    private final FrenchSearchAnalyzer analyzer = new FrenchSearchAnalyzer();
    private final DocumentSearcher searcher = new DocumentSearcher(analyzer);
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private long lastCommit;
    private volatile long position = -1;

    @Autowired
    public DocumentSearchIndex(@Value("${entente.documents.index-directory:}") String configured,
                               @Value("${entente.mongodb.embedded.data-directory:./data}") Path dataDirectory,
                               DocumentTextSource texts) {
        this(configured == null || configured.isBlank() ? besideTheData(dataDirectory) : Path.of(configured), texts);
    }

    public DocumentSearchIndex(Path directoryPath, DocumentTextSource texts) {
        this.directoryPath = directoryPath;
        this.texts = texts;
        open();
    }

    static Path besideTheData(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        return data.resolveSibling(data.getFileName() + "-index").resolve("documents");
    }

    private void open() {
        try {
            Files.createDirectories(directoryPath);
            directory = FSDirectory.open(directoryPath);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
            Iterable<Map.Entry<String, String>> commitData = writer.getLiveCommitData();
            if (commitData != null) {
                commitData.forEach(entry -> {
                    if (entry.getKey().equals(POSITION)) {
                        position = Long.parseLong(entry.getValue());
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The documents' search index cannot be opened in " + directoryPath, e);
        }
    }

    /** Where the index stands in the log: the position of the last event it holds, -1 for none. */
    public long position() {
        return position;
    }

    @ResetHandler
    public void reset() throws IOException {
        writer.deleteAll();
        position = -1;
        writer.setLiveCommitData(Map.of(POSITION, "-1").entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @EventHandler
    void on(DocumentUploadedEvent event, LogPosition position) throws IOException {
        Document document = new Document();
        document.add(new StringField(DocumentSearcher.ID, event.documentId(), Field.Store.YES));
        document.add(new StringField(DocumentSearcher.COOPERATION, event.cooperationId(), Field.Store.YES));
        document.add(new StringField(DocumentSearcher.SPACE, event.spaceId(), Field.Store.YES));
        document.add(new StringField(DocumentSearcher.FOLDER, folder(event.folderId()), Field.Store.YES));
        document.add(new StringField(DocumentSearcher.TRASHED, "false", Field.Store.YES));
        document.add(new TextField(DocumentSearcher.NAME, event.file().name(), Field.Store.YES));
        document.add(new TextField(DocumentSearcher.TEXT, text(event.file()), Field.Store.YES));
        writer.updateDocument(new Term(DocumentSearcher.ID, event.documentId()), document);
        applied(position);
    }

    @EventHandler
    void on(DocumentVersionUploadedEvent event, LogPosition position) throws IOException {
        change(event.documentId(), field(DocumentSearcher.TEXT, text(event.file())));
        applied(position);
    }

    @EventHandler
    void on(DocumentVersionRestoredEvent event, LogPosition position) throws IOException {
        change(event.documentId(), field(DocumentSearcher.TEXT, text(event.file())));
        applied(position);
    }

    @EventHandler
    void on(DocumentRenamedEvent event, LogPosition position) throws IOException {
        change(event.documentId(), field(DocumentSearcher.NAME, event.name()));
        applied(position);
    }

    @EventHandler
    void on(DocumentMovedEvent event, LogPosition position) throws IOException {
        change(event.documentId(), field(DocumentSearcher.FOLDER, folder(event.toFolderId())));
        applied(position);
    }

    @EventHandler
    void on(DocumentTrashedEvent event, LogPosition position) throws IOException {
        change(event.documentId(), field(DocumentSearcher.TRASHED, "true"));
        applied(position);
    }

    @EventHandler
    void on(DocumentRestoredEvent event, LogPosition position) throws IOException {
        change(event.documentId(), field(DocumentSearcher.TRASHED, "false"));
        applied(position);
    }

    @EventHandler
    void on(DocumentPurgedEvent event, LogPosition position) throws IOException {
        writer.deleteDocuments(new Term(DocumentSearcher.ID, event.documentId()));
        applied(position);
    }

    @QueryHandler
    public List<DocumentSearchHit> handle(SearchDocumentsQuery query) {
        try {
            searchers.maybeRefresh();
            IndexSearcher index = searchers.acquire();
            try {
                return searcher.search(index, query);
            } finally {
                searchers.release(index);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits what was indexed, with its position: what a restart goes on from. */
    public synchronized void commit() throws IOException {
        writer.setLiveCommitData(Map.of(POSITION, Long.toString(position)).entrySet());
        writer.commit();
        lastCommit = System.currentTimeMillis();
    }

    private String text(StoredFile file) {
        String text = texts.textOf(file);
        return text == null ? "" : text.length() > MOST_TEXT ? text.substring(0, MOST_TEXT) : text;
    }

    private static String folder(String folderId) {
        return folderId == null ? "" : folderId;
    }

    /** The stored document with one field replaced; nothing if it is not in the index. */
    private void change(String documentId, UnaryOperator<Document> change) throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher index = searchers.acquire();
        Document stored;
        try {
            TopDocs found = index.search(new TermQuery(new Term(DocumentSearcher.ID, documentId)), 1);
            stored = found.scoreDocs.length == 0 ? null : index.storedFields().document(found.scoreDocs[0].doc);
        } finally {
            searchers.release(index);
        }
        if (stored != null) {
            writer.updateDocument(new Term(DocumentSearcher.ID, documentId), change.apply(rebuilt(stored)));
        }
    }

    /** A stored document as it was indexed (stored fields come back without their indexing options). */
    private static Document rebuilt(Document stored) {
        Document document = new Document();
        for (String key : List.of(DocumentSearcher.ID, DocumentSearcher.COOPERATION, DocumentSearcher.SPACE,
                                  DocumentSearcher.FOLDER, DocumentSearcher.TRASHED)) {
            document.add(new StringField(key, stored.get(key), Field.Store.YES));
        }
        document.add(new TextField(DocumentSearcher.NAME, stored.get(DocumentSearcher.NAME), Field.Store.YES));
        document.add(new TextField(DocumentSearcher.TEXT, stored.get(DocumentSearcher.TEXT), Field.Store.YES));
        return document;
    }

    private static UnaryOperator<Document> field(String name, String value) {
        return document -> {
            document.removeField(name);
            boolean text = name.equals(DocumentSearcher.NAME) || name.equals(DocumentSearcher.TEXT);
            document.add(text ? new TextField(name, value, Field.Store.YES) : new StringField(name, value, Field.Store.YES));
            return document;
        };
    }

    private void applied(LogPosition applied) throws IOException {
        if (applied.known()) {
            position = Math.max(position, applied.value());
        }
        if (System.currentTimeMillis() - lastCommit >= COMMIT_EVERY_MILLIS) {
            commit();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer.isOpen()) {
            commit();
            searchers.close();
            writer.close();
            directory.close();
        }
    }
}
