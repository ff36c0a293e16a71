package fr.entente.audit.query;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import fr.entente.common.query.LogPosition;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The audit trail: every event of the log, of every context present and future, in {@value #COLLECTION}, one
 * document per event keyed by its position. It knows no event type: it reads the actor, the cooperation and the chain
 * from the metadata every event carries, and the values from the event's fields, so a new context needs only the
 * sentences that say its events. Which body a meeting's acts concern is remembered from the event that scheduled it
 * ({@value #SUBJECTS}). Filters and pages of any length read through an index each, newest first.
 * <p>
 * The hub's projection ({@link AuditTrailProjection}) keeps the trail in the collection the read model is in now; a
 * rebuild ({@link AuditTrailReadModel}) writes a fresh one with the same handlers.
 */
final class AuditTrailEntries {

    static final String COLLECTION = "audit_trail";
    static final String SUBJECTS = "audit_subjects";
    /** A value longer than this (a note, minutes) is cut: the trail says what was done, the record holds the text. */
    static final int VALUE_LENGTH = 300;
    /** The fields that name what an act follows from. */
    /** Of those, the ones unique only within their aggregate (an item of a meeting), read as "this aggregate's". */
    private static final Set<String> AGGREGATE_SCOPED_REFS = Set.of("requestId", "itemId", "proposalId", "actionId",
                                                                    "amendmentId", "blockId");
    private static final Set<String> CAUSE_REFS = Set.of("seriesId", "requestId", "itemId", "proposalId", "actionId",
            "amendmentId", "blockId", "decisionId", "studyId", "documentId", "threadId", "postId", "spaceId", "folderId");

    private final MongoCollection<Document> trail;
    private final MongoCollection<Document> subjects;

    /** The trail kept in {@code collection}, whatever it holds already; its subjects in the collection that goes with it. */
    static AuditTrailEntries in(MongoDatabase database, String collection) {
        return new AuditTrailEntries(database, collection, subjectsOf(collection));
    }

    /** The trail's subjects (a meeting's body and title) beside it: {@value #SUBJECTS} beside the first trail. */
    static String subjectsOf(String collection) {
        return collection.equals(COLLECTION) ? SUBJECTS : collection + "_subjects";
    }

    private AuditTrailEntries(MongoDatabase database, String collection, String subjectsCollection) {
        // Not journaled one by one: the processor's token, written journaled after these writes, makes them durable
        // with it, as journals are written in order (MongoDB's, and the embedded store's commits); a cut before the
        // token loses both, and the trail is written again from the token. One sync per event held the replay of a
        // long log to about 200 events per second.
        WriteConcern unjournaled = database.getWriteConcern().withJournal(false);
        this.trail = database.getCollection(collection).withWriteConcern(unjournaled);
        this.subjects = database.getCollection(subjectsCollection).withWriteConcern(unjournaled);
        for (String field : List.of("bodyId", "meetingId", "aggregateId", "actorId", "actorOrganisation", "context")) {
            trail.createIndex(Indexes.compoundIndex(Indexes.ascending("cooperationId", field), Indexes.descending("_id")));
        }
        trail.createIndex(Indexes.compoundIndex(Indexes.ascending("cooperationId"), Indexes.descending("_id")));
        // a period: the acts of a month are read through this index, instead of all the acts after it
        trail.createIndex(Indexes.ascending("cooperationId", "at"));
        trail.createIndex(Indexes.ascending("cooperationId", "refs", "_id"));
        trail.createIndex(Indexes.ascending("eventId"), new IndexOptions().name("eventId"));
    }

    @EventHandler
    public void on(Object payload, EventMessage<?> message, LogPosition position) {
        if (!position.known() || !payload.getClass().isRecord()) {
            return;
        }
        String aggregateId = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        // a request, an item or a proposal is its meeting's: an act of another aggregate that names one (a study
        // proposed from a meeting's request) names it with its meeting, so that both lead to the same ref
        String scope = Optional.ofNullable(meetingIdOf(payload)).orElse(aggregateId);
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> refs = new LinkedHashSet<>();
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            Object value = valueOf(component, payload);
            String name = component.getName();
            if (value instanceof Collection<?> list) {
                if (list.stream().allMatch(item -> item instanceof String || item instanceof Enum<?>)) {
                    values.put(name, String.join(", ", list.stream().map(String::valueOf).toList()));
                    if (name.endsWith("Ids") && CAUSE_REFS.contains(name.substring(0, name.length() - 1))) {
                        list.forEach(item -> refs.add(ref(name.substring(0, name.length() - 1), scope, String.valueOf(item))));
                    }
                }
            } else if (value != null && isPlain(value)) {
                String text = String.valueOf(value);
                values.put(name, text.length() > VALUE_LENGTH ? text.substring(0, VALUE_LENGTH) + "…" : text);
                if (CAUSE_REFS.contains(name)) {
                    refs.add(ref(name, scope, text));
                }
            }
        }
        Map<String, ?> metaData = message.getMetaData();
        String cooperationId = text(metaData.get("cooperationId")).orElse(values.get("cooperationId"));
        String meetingId = values.get("meetingId");
        String bodyId = values.get("bodyId");
        if (meetingId != null && bodyId != null) {
            subjects.replaceOne(Filters.eq("_id", "meeting/" + meetingId),
                                new Document("_id", "meeting/" + meetingId).append("bodyId", bodyId).append("title", values.get("title")),
                                new ReplaceOptions().upsert(true));
        } else if (meetingId != null) {
            bodyId = Optional.ofNullable(subjects.find(Filters.eq("_id", "meeting/" + meetingId)).first())
                             .map(subject -> subject.getString("bodyId")).orElse(null);
        }
        Document entry = new Document("_id", position.value())
                .append("at", Date.from(message.getTimestamp()))
                .append("cooperationId", cooperationId)
                .append("actorId", text(metaData.get("actorId")).orElse(null))
                .append("actorOrganisation", text(metaData.get("actorOrganisation")).orElse(null))
                .append("type", payload.getClass().getSimpleName())
                .append("context", contextOf(payload.getClass()))
                .append("aggregateId", aggregateId)
                .append("bodyId", bodyId)
                .append("meetingId", meetingId)
                .append("eventId", message.getIdentifier())
                .append("correlationId", text(metaData.get("correlationId")).orElse(null))
                .append("causedByEvent", text(metaData.get("causedByEvent")).orElse(null))
                .append("values", new Document(new LinkedHashMap<>(values)))
                .append("refs", new ArrayList<>(refs))
                .append("search", (payload.getClass().getSimpleName() + " " + String.join(" ", values.values())).toLowerCase());
        trail.replaceOne(Filters.eq("_id", position.value()), entry, new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        trail.deleteMany(new Document());
        subjects.deleteMany(new Document());
    }

    List<TrailEntry> handle(FindTrailQuery query) {
        List<Bson> conditions = new ArrayList<>(List.of(Filters.eq("cooperationId", query.cooperationId())));
        TrailFilter filter = query.filter();
        equal(conditions, "bodyId", filter.bodyId());
        equal(conditions, "meetingId", filter.meetingId());
        if (filter.subjectId() != null && !filter.subjectId().isBlank()) {
            // its own acts, and the acts that name it (a decision's entry in its register, a study put to a decision)
            List<String> naming = CAUSE_REFS.stream().filter(field -> !AGGREGATE_SCOPED_REFS.contains(field))
                                            .map(field -> field + ":" + filter.subjectId()).toList();
            conditions.add(Filters.or(Filters.eq("aggregateId", filter.subjectId()), Filters.in("refs", naming)));
        }
        equal(conditions, "actorId", filter.actorId());
        equal(conditions, "actorOrganisation", filter.organisationId());
        equal(conditions, "context", filter.context());
        if (filter.from() != null) {
            conditions.add(Filters.gte("at", Date.from(filter.from())));
        }
        if (filter.to() != null) {
            conditions.add(Filters.lt("at", Date.from(filter.to())));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            for (String word : filter.text().toLowerCase().trim().split("\\s+")) {
                conditions.add(Filters.regex("search", Pattern.quote(word)));
            }
        }
        if (query.before() != null) {
            conditions.add(Filters.lt("_id", query.before()));
        }
        return trail.find(Filters.and(conditions)).sort(Sorts.descending("_id")).limit(Math.max(1, Math.min(query.limit(), 500)))
                    .map(AuditTrailEntries::entryOf).into(new ArrayList<>());
    }

    Optional<TrailEntry> handle(FindTrailEntryQuery query) {
        return Optional.ofNullable(trail.find(Filters.and(Filters.eq("_id", query.position()),
                                                          Filters.eq("cooperationId", query.cooperationId()))).first())
                       .map(AuditTrailEntries::entryOf);
    }

    List<TrailEntry> handle(FindTrailCausesQuery query) {
        Map<Long, TrailEntry> causes = new java.util.TreeMap<>();
        List<TrailEntry> toExplain = new ArrayList<>();
        handle(new FindTrailEntryQuery(query.cooperationId(), query.position())).ifPresent(toExplain::add);
        while (!toExplain.isEmpty() && causes.size() < 50) {
            TrailEntry entry = toExplain.remove(0);
            for (TrailEntry cause : directCausesOf(entry)) {
                if (cause.position() != query.position() && causes.putIfAbsent(cause.position(), cause) == null) {
                    toExplain.add(cause);
                }
            }
        }
        return new ArrayList<>(causes.values());
    }

    MeetingTitles handle(FindTrailMeetingTitlesQuery query) {
        Map<String, String> titles = new LinkedHashMap<>();
        subjects.find(Filters.in("_id", query.meetingIds().stream().map(id -> "meeting/" + id).toList()))
                .forEach(subject -> {
                    if (subject.getString("title") != null) {
                        titles.put(subject.getString("_id").substring("meeting/".length()), subject.getString("title"));
                    }
                });
        return new MeetingTitles(titles);
    }

    private List<TrailEntry> directCausesOf(TrailEntry entry) {
        List<TrailEntry> causes = new ArrayList<>();
        if (entry.causedByEvent() != null) {
            Optional.ofNullable(trail.find(Filters.and(Filters.eq("eventId", entry.causedByEvent()),
                                                       Filters.eq("cooperationId", entry.cooperationId()))).first())
                    .map(AuditTrailEntries::entryOf).ifPresent(causes::add);
        }
        for (String ref : entry.refs()) {
            Optional.ofNullable(trail.find(Filters.and(Filters.eq("cooperationId", entry.cooperationId()), Filters.eq("refs", ref),
                                                       Filters.lt("_id", entry.position())))
                                     .sort(Sorts.ascending("_id")).first())
                    .map(AuditTrailEntries::entryOf).ifPresent(causes::add);
        }
        return causes;
    }

    private static String ref(String field, String scope, String value) {
        return AGGREGATE_SCOPED_REFS.contains(field) && scope != null ? field + ":" + scope + "/" + value
                                                                     : field + ":" + value;
    }

    /** The meeting an event names ({@code meetingId}), if it names one. */
    private static String meetingIdOf(Object payload) {
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals("meetingId") && valueOf(component, payload) instanceof String meetingId
                && !meetingId.isBlank()) {
                return meetingId;
            }
        }
        return null;
    }

    private static void equal(List<Bson> conditions, String field, String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(Filters.eq(field, value));
        }
    }

    @SuppressWarnings("unchecked")
    static TrailEntry entryOf(Document document) {
        Map<String, String> values = new LinkedHashMap<>();
        document.get("values", Document.class).forEach((key, value) -> values.put(key, String.valueOf(value)));
        return new TrailEntry(document.get("_id", Number.class).longValue(), document.getDate("at").toInstant(),
                              document.getString("cooperationId"), document.getString("actorId"),
                              document.getString("actorOrganisation"), document.getString("type"),
                              document.getString("context"), document.getString("aggregateId"),
                              document.getString("bodyId"), document.getString("meetingId"), document.getString("eventId"),
                              document.getString("correlationId"), document.getString("causedByEvent"), values,
                              document.getList("refs", String.class));
    }

    /** {@code fr.entente.meeting.api.MeetingScheduledEvent}: {@code meeting}. */
    static String contextOf(Class<?> type) {
        String packageName = type.getPackageName();
        String[] parts = packageName.split("\\.");
        return parts.length >= 3 && parts[0].equals("fr") && parts[1].equals("entente") ? parts[2] : packageName;
    }

    private static boolean isPlain(Object value) {
        return value instanceof CharSequence || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
               || value instanceof java.time.temporal.Temporal;
    }

    private static Object valueOf(RecordComponent component, Object payload) {
        try {
            return component.getAccessor().invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + payload.getClass().getSimpleName(), e);
        }
    }

    private static Optional<String> text(Object value) {
        return Optional.ofNullable(value).map(String::valueOf);
    }
}
