package fr.entente.live.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;

/**
 * Publishes the live updates of the projections: kept in the {@value #COLLECTION} collection, so that a client that
 * reconnects gets exactly what it missed, and emitted to the subscription queries of the pages open now.
 * <p>
 * An update is keyed by topic and position: a projection that handles its event again (redelivery, replay) writes
 * the same entry, and a client that has seen a position ignores it again.
 */
@Component
public class LiveUpdateJournal {

    static final String COLLECTION = "live_updates";

    /**
     * The metadata key under which every event read from the log carries its global sequence number (set by the
     * event store); projections take it with {@code @MetaDataValue(LiveUpdateJournal.POSITION_METADATA)} and pass it
     * to {@link #publish}.
     */
    public static final String POSITION_METADATA = "globalSequence";

    private final MongoCollection<Document> journal;
    private final QueryUpdateEmitter emitter;
    private final Serializer serializer;

    public LiveUpdateJournal(MongoDatabase database, QueryUpdateEmitter emitter, Serializer serializer) {
        this.journal = database.getCollection(COLLECTION);
        this.emitter = emitter;
        this.serializer = serializer;
        journal.createIndex(Indexes.ascending("topic", "position"));
        journal.createIndex(Indexes.ascending("at"));
    }

    /**
     * Forgets the updates published before {@code before}: a client away longer than that reloads its page instead
     * of catching up. Returns how many were forgotten.
     */
    public long forgetBefore(Instant before) {
        return journal.deleteMany(lt("at", Date.from(before))).getDeletedCount();
    }

    /**
     * Publishes the new state of a topic after the event at {@code position}; does nothing for an event that was not
     * read from the log (it has no position), which no page can have seen either.
     */
    public void publish(String topic, Long position, String type, Object state) {
        if (position == null) {
            return;
        }
        LiveUpdate update = new LiveUpdate(topic, position, type, serializer.serialize(state, String.class).getData());
        Document entry = new Document("_id", topic + "@" + position)
                .append("topic", topic)
                .append("position", position)
                .append("type", type)
                .append("json", update.json())
                .append("at", new Date());
        journal.replaceOne(eq("_id", entry.get("_id")), entry, new ReplaceOptions().upsert(true));
        emitter.emit(WatchTopicQuery.class, query -> query.topic().equals(topic), update);
    }

    @QueryHandler
    public Long handle(FindTopicPositionQuery query) {
        Document last = journal.find(eq("topic", query.topic())).sort(descending("position")).limit(1).first();
        return last == null ? 0L : ((Number) last.get("position")).longValue();
    }

    @QueryHandler
    public List<LiveUpdate> handle(WatchTopicQuery query) {
        List<LiveUpdate> missed = new ArrayList<>();
        journal.find(and(eq("topic", query.topic()), gt("position", query.sincePosition())))
               .sort(ascending("position"))
               .forEach(entry -> missed.add(new LiveUpdate(entry.getString("topic"),
                                                           ((Number) entry.get("position")).longValue(),
                                                           entry.getString("type"), entry.getString("json"))));
        return missed;
    }
}
