package fr.entente.forum.query;

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
 * The forum's read models as the application wires them, without Spring: the spaces' and the threads' projections on
 * a live-update journal whose updates the test can read, fed by one {@link ForumLog}.
 */
final class ForumReadModel {

    final ForumSpacesProjection spaces;
    final ForumThreadsProjection threads;
    final ForumLog log;
    final NotificationStore notifications;
    /** What the projections announced in this process only (rights changed), not to clients. */
    final List<LiveUpdate> announced = new CopyOnWriteArrayList<>();
    private final List<LiveUpdate> published = new CopyOnWriteArrayList<>();

    private ForumReadModel(MongoDatabase database) {
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                                                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
                .build();
        LiveUpdateJournal journal = new LiveUpdateJournal(database, SimpleQueryBus.builder().build().queryUpdateEmitter(),
                                                          serializer, event -> published.add((LiveUpdate) event));
        ThreadStore store = new ThreadStore(database, serializer);
        spaces = new ForumSpacesProjection(database, event -> announced.add((LiveUpdate) event));
        notifications = new NotificationStore(database);
        threads = new ForumThreadsProjection(store, new ThreadChanges(store, journal),
                                             new ThreadNotifications(notifications, spaces, journal));
        log = new ForumLog(spaces, threads);
    }

    static ForumReadModel on(MongoDatabase database) {
        return new ForumReadModel(database);
    }

    List<LiveUpdate> published(String topic) {
        return published.stream().filter(update -> update.topic().equals(topic)).toList();
    }
}
