package fr.entente.decision.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.conversions.Bson;
import fr.entente.common.query.ReadModelCollections;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

/**
 * Where the decisions' views are kept: one document per decision in the {@value #COLLECTION} collection,
 * {@code {_id: decisionId, cooperationId, bodyId, status, deadline, number, position, view, summary}} ({@code view}
 * and {@code summary} as JSON); lists read only the summaries.
 */
@Component
class DecisionViewStore implements DecisionChanges.Views {

    static final String COLLECTION = "decisions";

    private static final String ID = "_id";
    private static final String COOPERATION_ID = "cooperationId";
    private static final String BODY_ID = "bodyId";
    private static final String STATUS = "status";
    private static final String DEADLINE = "deadline";
    private static final String NUMBER = "number";
    private static final String VIEW = "view";
    private static final String SUMMARY = "summary";

    private final Supplier<MongoCollection<Document>> decisions;
    private final Serializer serializer;

    /** The decisions' read model where it lives now: rebuilt, it moves to another collection. */
    @Autowired
    DecisionViewStore(MongoDatabase database, Serializer serializer, ReadModelCollections collections) {
        this(() -> collections.collection(COLLECTION), serializer);
    }

    DecisionViewStore(MongoDatabase database, Serializer serializer) {
        this(fixed(database.getCollection(COLLECTION)), serializer);
    }

    private DecisionViewStore(Supplier<MongoCollection<Document>> decisions, Serializer serializer) {
        this.decisions = decisions;
        this.serializer = serializer;
        decisions.get().createIndex(Indexes.ascending(COOPERATION_ID, BODY_ID));
        decisions.get().createIndex(Indexes.ascending(STATUS));
    }

    /** The read model being rebuilt into {@code collection}. */
    static DecisionViewStore into(MongoDatabase database, Serializer serializer, String collection) {
        return new DecisionViewStore(fixed(database.getCollection(collection)), serializer);
    }

    private static Supplier<MongoCollection<Document>> fixed(MongoCollection<Document> collection) {
        return () -> collection;
    }

    @Override
    public Optional<DecisionView> find(String decisionId) {
        return Optional.ofNullable(decisions.get().find(eq(ID, decisionId)).projection(Projections.include(VIEW)).first())
                       .map(document -> read(document.getString(VIEW), DecisionView.class));
    }

    @Override
    public void save(DecisionView view) {
        Document document = new Document(ID, view.decisionId())
                .append(COOPERATION_ID, view.cooperationId())
                .append(BODY_ID, view.bodyId())
                .append(STATUS, view.status().name())
                .append(DEADLINE, view.deadline() == null ? null : Date.from(view.deadline()))
                .append(NUMBER, view.number())
                .append("position", view.position())
                .append(VIEW, write(view))
                .append(SUMMARY, write(view.summary()));
        decisions.get().replaceOne(eq(ID, view.decisionId()), document, new ReplaceOptions().upsert(true));
    }

    List<DecisionSummary> ofBody(String cooperationId, String bodyId) {
        return summaries(and(eq(COOPERATION_ID, cooperationId), eq(BODY_ID, bodyId)));
    }

    List<DecisionSummary> openOf(List<BodyOfCooperation> bodies) {
        if (bodies.isEmpty()) {
            return List.of();
        }
        return summaries(and(eq(STATUS, DecisionStatus.OPEN.name()),
                             or(bodies.stream().map(body -> and(eq(COOPERATION_ID, body.cooperationId()),
                                                                eq(BODY_ID, body.bodyId()))).toList())));
    }

    List<DecisionSummary> numberedOf(String cooperationId, String bodyId) {
        return summaries(and(eq(COOPERATION_ID, cooperationId), eq(BODY_ID, bodyId), ne(NUMBER, null)));
    }

    List<String> dueAt(Instant at) {
        List<String> due = new ArrayList<>();
        decisions.get().find(and(eq(STATUS, DecisionStatus.OPEN.name()), ne(DEADLINE, null), lte(DEADLINE, Date.from(at))))
                 .projection(Projections.include(ID))
                 .forEach(document -> due.add(document.getString(ID)));
        return due;
    }

    void clear() {
        decisions.get().deleteMany(new Document());
    }

    private List<DecisionSummary> summaries(Bson filter) {
        List<DecisionSummary> summaries = new ArrayList<>();
        for (Document document : decisions.get().find(filter).projection(Projections.include(SUMMARY))) {
            summaries.add(read(document.getString(SUMMARY), DecisionSummary.class));
        }
        return summaries;
    }

    private String write(Object value) {
        return serializer.serialize(value, String.class).getData();
    }

    private <T> T read(String json, Class<T> type) {
        SerializedObject<String> serialized = new SimpleSerializedObject<>(json, String.class, type.getName(), null);
        return serializer.deserialize(serialized);
    }
}
