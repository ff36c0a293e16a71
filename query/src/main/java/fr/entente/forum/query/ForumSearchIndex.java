package fr.entente.forum.query;

import fr.entente.common.query.LogPosition;
import fr.entente.cooperation.api.PersonErasedEvent;
import fr.entente.forum.api.PostDeletedEvent;
import fr.entente.forum.api.PostEditedEvent;
import fr.entente.forum.api.PostWrittenEvent;
import fr.entente.forum.api.ThreadMovedEvent;
import fr.entente.forum.api.ThreadStartedEvent;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The forum's search index: a Lucene index that this projection builds from the log, one document per post (its
 * thread's title copied into it, its author's identifier, its space, its moment) and one per thread, analysed in French
 * ({@link FrenchSearchAnalyzer}). It lives on this node's disk, beside the data directory
 * ({@code entente.forum.index-directory}, by default {@code <data-directory>-index/forum}), and is rebuilt by a replay.
 * <p>
 * Each node keeps its own: the index records, in its commits, the position of the last event it holds, and this
 * projection's processor starts from there ({@code ForumSearchConfiguration}, a token kept in memory, not shared): a
 * node restarted goes on where its index stopped; an index deleted is rebuilt from the start of the log. Commits happen
 * at most every second while events come, and on shutdown; a crash loses at most that second, which is replayed
 * (documents are keyed by post, so applying an event twice leaves the same index).
 */
@Component
@ProcessingGroup(ForumSearchIndex.PROCESSING_GROUP)
public class ForumSearchIndex implements AutoCloseable {

    public static final String PROCESSING_GROUP = "forum-search";
    static final String POSITION = "position";
    private static final long COMMIT_EVERY_MILLIS = 1_000;

    /** What a post's document needs of its thread, kept in memory (rebuilt from the index on start). */
    private record ThreadInfo(String cooperationId, String spaceId, String title) {
    }

    private final Path directoryPath;
    private final FrenchSearchAnalyzer analyzer = new FrenchSearchAnalyzer();
    private final Map<String, ThreadInfo> threads = new ConcurrentHashMap<>();
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private final ForumSearcher searcher;
    private long lastCommit;
    private volatile long position = -1;

    @Autowired
    public ForumSearchIndex(@Value("${entente.forum.index-directory:}") String configured,
                            @Value("${entente.mongodb.embedded.data-directory:./data}") Path dataDirectory) {
        this(configured == null || configured.isBlank() ? besideTheData(dataDirectory) : Path.of(configured));
    }

    public ForumSearchIndex(Path directoryPath) {
        this.directoryPath = directoryPath;
        this.searcher = new ForumSearcher(analyzer);
        open();
    }

    static Path besideTheData(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        return data.resolveSibling(data.getFileName() + "-index").resolve("forum");
    }

    private void open() {
        try {
            Files.createDirectories(directoryPath);
            directory = FSDirectory.open(directoryPath);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
            Iterable<Map.Entry<String, String>> commitData = writer.getLiveCommitData();
            if (commitData != null) {
                commitData.forEach(entry -> {
                    if (entry.getKey().equals(POSITION)) {
                        position = Long.parseLong(entry.getValue());
                    }
                });
            }
            loadThreads();
        } catch (IOException e) {
            throw new UncheckedIOException("The forum's search index cannot be opened in " + directoryPath, e);
        }
    }

    /** Where the index stands in the log: the position of the last event it holds, -1 for none. */
    public long position() {
        return position;
    }

    public Path directory() {
        return directoryPath;
    }

    @ResetHandler
    public void reset() throws IOException {
        writer.deleteAll();
        threads.clear();
        position = -1;
        writer.setLiveCommitData(Map.of(POSITION, "-1").entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @EventHandler
    void on(ThreadStartedEvent event, @Timestamp Instant at, LogPosition position) throws IOException {
        ThreadInfo thread = new ThreadInfo(event.cooperationId(), event.spaceId(), event.title());
        threads.put(event.threadId(), thread);
        writer.updateDocument(new Term(ForumSearcher.ID, "thread:" + event.threadId()),
                              threadDocument(event.threadId(), thread, event.authorId(), at));
        applied(position);
    }

    @EventHandler
    void on(PostWrittenEvent event, @Timestamp Instant at, LogPosition position) throws IOException {
        ThreadInfo thread = threads.get(event.threadId());
        if (thread != null) {
            writer.updateDocument(new Term(ForumSearcher.ID, event.postId()),
                                  postDocument(event.threadId(), event.postId(), thread, event.authorId(), event.text(), at));
        }
        applied(position);
    }

    @EventHandler
    void on(PostEditedEvent event, LogPosition position) throws IOException {
        ThreadInfo thread = threads.get(event.threadId());
        Document stored = stored(event.postId());
        if (thread != null && stored != null) {
            writer.updateDocument(new Term(ForumSearcher.ID, event.postId()),
                                  postDocument(event.threadId(), event.postId(), thread, stored.get(ForumSearcher.AUTHOR),
                                               event.text(), Instant.ofEpochMilli(stored.getField(ForumSearcher.AT_STORED)
                                                                                         .numericValue().longValue())));
        }
        applied(position);
    }

    @EventHandler
    void on(PostDeletedEvent event, LogPosition position) throws IOException {
        writer.deleteDocuments(new Term(ForumSearcher.ID, event.postId()));
        applied(position);
    }

    /** An erased person's posts leave the index (their threads' titles stay, as in the threads' read model). */
    @EventHandler
    void on(PersonErasedEvent event, LogPosition position) throws IOException {
        writer.deleteDocuments(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ForumSearcher.AUTHOR, event.personId())), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(ForumSearcher.COOPERATION, event.cooperationId())), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(ForumSearcher.TYPE, "post")), BooleanClause.Occur.FILTER)
                .build());
        applied(position);
    }

    @EventHandler
    void on(ThreadMovedEvent event, LogPosition position) throws IOException {
        ThreadInfo before = threads.get(event.threadId());
        if (before != null) {
            ThreadInfo moved = new ThreadInfo(before.cooperationId(), event.toSpaceId(), before.title());
            threads.put(event.threadId(), moved);
            searchers.maybeRefreshBlocking();
            IndexSearcher index = searchers.acquire();
            try {
                TopDocs found = index.search(new TermQuery(new Term(ForumSearcher.THREAD, event.threadId())), Integer.MAX_VALUE);
                for (var hit : found.scoreDocs) {
                    Document document = index.storedFields().document(hit.doc);
                    String id = document.get(ForumSearcher.ID);
                    Instant at = Instant.ofEpochMilli(document.getField(ForumSearcher.AT_STORED).numericValue().longValue());
                    writer.updateDocument(new Term(ForumSearcher.ID, id), id.startsWith("thread:")
                            ? threadDocument(event.threadId(), moved, document.get(ForumSearcher.AUTHOR), at)
                            : postDocument(event.threadId(), id, moved, document.get(ForumSearcher.AUTHOR),
                                           document.get(ForumSearcher.TEXT), at));
                }
            } finally {
                searchers.release(index);
            }
        }
        applied(position);
    }

    @QueryHandler
    public List<SearchHit> handle(SearchForumQuery query) {
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

    private void applied(LogPosition applied) throws IOException {
        if (applied.known()) {
            position = Math.max(position, applied.value());
        }
        if (System.currentTimeMillis() - lastCommit >= COMMIT_EVERY_MILLIS) {
            commit();
        }
    }

    private Document stored(String postId) throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher index = searchers.acquire();
        try {
            TopDocs found = index.search(new TermQuery(new Term(ForumSearcher.ID, postId)), 1);
            return found.scoreDocs.length == 0 ? null : index.storedFields().document(found.scoreDocs[0].doc);
        } finally {
            searchers.release(index);
        }
    }

    private void loadThreads() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher index = searchers.acquire();
        try {
            TopDocs found = index.search(new TermQuery(new Term(ForumSearcher.TYPE, "thread")), Integer.MAX_VALUE);
            for (var hit : found.scoreDocs) {
                Document document = index.storedFields().document(hit.doc);
                threads.put(document.get(ForumSearcher.THREAD), new ThreadInfo(document.get(ForumSearcher.COOPERATION),
                        document.get(ForumSearcher.SPACE), document.get(ForumSearcher.TITLE)));
            }
        } finally {
            searchers.release(index);
        }
    }

    private static Document threadDocument(String threadId, ThreadInfo thread, String authorId, Instant at) {
        Document document = common("thread:" + threadId, "thread", threadId, thread, authorId, at);
        return document;
    }

    private static Document postDocument(String threadId, String postId, ThreadInfo thread, String authorId, String text,
                                         Instant at) {
        Document document = common(postId, "post", threadId, thread, authorId, at);
        document.add(new TextField(ForumSearcher.TEXT, text == null ? "" : text, Field.Store.YES));
        return document;
    }

    private static Document common(String id, String type, String threadId, ThreadInfo thread, String authorId, Instant at) {
        Document document = new Document();
        document.add(new StringField(ForumSearcher.ID, id, Field.Store.YES));
        document.add(new StringField(ForumSearcher.TYPE, type, Field.Store.YES));
        document.add(new StringField(ForumSearcher.THREAD, threadId, Field.Store.YES));
        document.add(new StringField(ForumSearcher.COOPERATION, thread.cooperationId(), Field.Store.YES));
        document.add(new StringField(ForumSearcher.SPACE, thread.spaceId(), Field.Store.YES));
        document.add(new StringField(ForumSearcher.AUTHOR, authorId == null ? "" : authorId, Field.Store.YES));
        document.add(new TextField(ForumSearcher.TITLE, thread.title(), Field.Store.YES));
        document.add(new LongPoint(ForumSearcher.AT, at.toEpochMilli()));
        document.add(new StoredField(ForumSearcher.AT_STORED, at.toEpochMilli()));
        return document;
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
