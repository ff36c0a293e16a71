package fr.entente.forum.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * Where the threads' views are kept: one document per thread in the {@value #COLLECTION} collection,
 * {@code {_id: threadId, cooperationId, spaceId, position, view: <ThreadView as JSON>, summary: <ThreadSummary as
 * JSON>}}; a space's list reads only the summaries.
 */
@Component
class ThreadStore {

    static final String COLLECTION = "forumThreads";

    /** Pinned first, then the most recently active, then by identifier so that the order never wavers. */
    static final Comparator<ThreadSummary> LIST_ORDER = Comparator.comparing(ThreadSummary::pinned).reversed()
            .thenComparing(ThreadSummary::lastActivityAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ThreadSummary::threadId);

    private final MongoCollection<Document> threads;
    private final Serializer serializer;

    ThreadStore(MongoDatabase database, Serializer serializer) {
        this.threads = database.getCollection(COLLECTION);
        this.serializer = serializer;
        threads.createIndex(Indexes.ascending("spaceId"));
        threads.createIndex(Indexes.ascending("decisionId"));
    }

    Optional<ThreadView> find(String threadId) {
        return Optional.ofNullable(threads.find(eq("_id", threadId)).projection(Projections.include("view")).first())
                       .map(document -> read(document.getString("view"), ThreadView.class));
    }

    void save(ThreadView view) {
        Document document = new Document("_id", view.threadId())
                .append("cooperationId", view.cooperationId())
                .append("spaceId", view.spaceId())
                .append("decisionId", view.decisionId())
                .append("position", view.position())
                .append("view", write(view))
                .append("summary", write(view.summary()));
        threads.replaceOne(eq("_id", view.threadId()), document, new ReplaceOptions().upsert(true));
    }

    List<ThreadSummary> summariesOfSpace(String spaceId) {
        List<ThreadSummary> summaries = new ArrayList<>();
        for (Document document : threads.find(eq("spaceId", spaceId)).projection(Projections.include("summary"))) {
            summaries.add(read(document.getString("summary"), ThreadSummary.class));
        }
        summaries.sort(LIST_ORDER);
        return summaries;
    }

    /** The threads about a decision, the most recently active first. */
    List<ThreadSummary> summariesAboutDecision(String decisionId) {
        List<ThreadSummary> summaries = new ArrayList<>();
        for (Document document : threads.find(eq("decisionId", decisionId)).projection(Projections.include("summary"))) {
            summaries.add(read(document.getString("summary"), ThreadSummary.class));
        }
        summaries.sort(LIST_ORDER);
        return summaries;
    }

    /** Every thread of the cooperation, for an erasure (rare: a scan of the cooperation's threads is enough). */
    List<ThreadView> ofCooperation(String cooperationId) {
        List<ThreadView> views = new ArrayList<>();
        for (Document document : threads.find(eq("cooperationId", cooperationId)).projection(Projections.include("view"))) {
            views.add(read(document.getString("view"), ThreadView.class));
        }
        return views;
    }

    void clear() {
        threads.deleteMany(new Document());
    }

    private String write(Object value) {
        return serializer.serialize(value, String.class).getData();
    }

    private <T> T read(String json, Class<T> type) {
        SerializedObject<String> serialized = new SimpleSerializedObject<>(json, String.class, type.getName(), null);
        return serializer.deserialize(serialized);
    }
}
