package fr.entente.meeting.query;

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
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;

/**
 * Where the meetings' views are kept: one document per meeting in the {@value #COLLECTION} collection,
 * {@code {_id: meetingId, cooperationId, bodyId, date, startTime, position, view: <MeetingView as JSON>, summary: <its
 * MeetingSummary as JSON>}}; a body's list reads only the summaries.
 */
@Component
class MeetingViewStore implements MeetingChanges.Views {

    static final String COLLECTION = "meetings";

    private static final String ID = "_id";
    private static final String COOPERATION_ID = "cooperationId";
    private static final String BODY_ID = "bodyId";
    private static final String DATE = "date";
    private static final String START_TIME = "startTime";
    private static final String POSITION = "position";
    private static final String VIEW = "view";
    private static final String SUMMARY = "summary";

    private static final Comparator<MeetingSummary> CHRONOLOGICAL =
            Comparator.comparing(MeetingSummary::date, Comparator.nullsLast(Comparator.naturalOrder()))
                      .thenComparing(MeetingSummary::startTime, Comparator.nullsLast(Comparator.naturalOrder()))
                      .thenComparing(MeetingSummary::meetingId);

    private final MongoCollection<Document> meetings;
    private final Serializer serializer;

    MeetingViewStore(MongoDatabase database, Serializer serializer) {
        this.meetings = database.getCollection(COLLECTION);
        this.serializer = serializer;
        meetings.createIndex(Indexes.ascending(COOPERATION_ID, BODY_ID, DATE));
    }

    @Override
    public Optional<MeetingView> find(String meetingId) {
        return Optional.ofNullable(meetings.find(eq(ID, meetingId)).projection(Projections.include(VIEW)).first())
                       .map(document -> read(document.getString(VIEW), MeetingView.class));
    }

    @Override
    public void save(MeetingView view) {
        Document document = new Document(ID, view.meetingId())
                .append(COOPERATION_ID, view.cooperationId())
                .append(BODY_ID, view.bodyId())
                .append(DATE, view.date() == null ? null : view.date().toString())
                .append(START_TIME, view.startTime() == null ? null : view.startTime().toString())
                .append(POSITION, view.position())
                .append(VIEW, write(view))
                .append(SUMMARY, write(view.summary()));
        meetings.replaceOne(eq(ID, view.meetingId()), document, new ReplaceOptions().upsert(true));
    }

    List<MeetingSummary> summariesOfBody(String cooperationId, String bodyId) {
        return summaries(and(eq(COOPERATION_ID, cooperationId), eq(BODY_ID, bodyId)));
    }

    List<MeetingSummary> summariesOfBodies(List<BodyRef> bodies) {
        if (bodies.isEmpty()) {
            return List.of();
        }
        return summaries(or(bodies.stream()
                                  .map(body -> and(eq(COOPERATION_ID, body.cooperationId()), eq(BODY_ID, body.bodyId())))
                                  .toList()));
    }

    void clear() {
        meetings.deleteMany(new Document());
    }

    private List<MeetingSummary> summaries(Bson filter) {
        List<MeetingSummary> summaries = new ArrayList<>();
        for (Document document : meetings.find(filter).projection(Projections.include(SUMMARY))) {
            summaries.add(read(document.getString(SUMMARY), MeetingSummary.class));
        }
        summaries.sort(CHRONOLOGICAL);
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
