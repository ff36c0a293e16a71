package fr.entente.cooperation.query;

import com.mongodb.client.MongoDatabase;
import fr.entente.live.query.LiveUpdate;
import fr.entente.live.query.LiveUpdateJournal;
import fr.entente.live.query.WatchTopicQuery;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.List;

/** The live-update journal of a projection under test, on a real query bus, so that updates can be followed. */
record LiveJournals(LiveUpdateJournal journal, SimpleQueryBus queryBus) {

    static LiveJournals on(MongoDatabase database) {
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        LiveUpdateJournal journal = new LiveUpdateJournal(database, queryBus.queryUpdateEmitter(),
                                                          JacksonSerializer.defaultSerializer(), event -> { });
        new AnnotationQueryHandlerAdapter<>(journal).subscribe(queryBus);
        return new LiveJournals(journal, queryBus);
    }

    /** What a client that last saw {@code since} gets when it comes back. */
    List<LiveUpdate> since(String topic, long since) {
        return journal.handle(new WatchTopicQuery(topic, since));
    }
}
