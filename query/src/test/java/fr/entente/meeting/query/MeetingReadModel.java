package fr.entente.meeting.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoDatabase;
import fr.entente.live.query.LiveUpdate;
import fr.entente.live.query.LiveUpdateJournal;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The meetings' read model as the application wires it, without Spring: the store, the four projections of the
 * {@code meetings} processing group and its queries, on a live-update journal whose updates the test can read.
 */
final class MeetingReadModel {

    final MeetingProjection queries;
    final ReferralsProjection referrals;
    final MeetingLog log;
    final LiveUpdateJournal journal;
    private final List<LiveUpdate> published = new CopyOnWriteArrayList<>();

    private MeetingReadModel(MongoDatabase database) {
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                                                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
                .build();
        journal = new LiveUpdateJournal(database, SimpleQueryBus.builder().build().queryUpdateEmitter(), serializer,
                                        event -> published.add((LiveUpdate) event));
        MeetingViewStore store = new MeetingViewStore(database, serializer);
        MeetingChanges changes = new MeetingChanges(store, journal);
        queries = new MeetingProjection(store);
        referrals = new ReferralsProjection(database, store);
        log = new MeetingLog(new MeetingScheduleProjection(changes), new MeetingAgendaProjection(changes),
                             new LiveRecordProjection(changes), new MinutesProjection(changes), queries, referrals);
    }

    static MeetingReadModel on(MongoDatabase database) {
        return new MeetingReadModel(database);
    }

    /** The updates published on a topic, in order. */
    List<LiveUpdate> published(String topic) {
        return published.stream().filter(update -> update.topic().equals(topic)).toList();
    }
}
