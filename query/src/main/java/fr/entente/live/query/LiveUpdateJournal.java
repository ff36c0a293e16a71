package fr.entente.live.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import fr.entente.common.query.LogPosition;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;

/**
 * Publishes the live updates of the projections: kept in the {@value #COLLECTION} collection, so that a client that
 * reconnects gets what it missed, emitted to the subscription queries of the pages open now, and announced in this
 * process as an application event (the web layer drops what it cached of a person whose rights changed, and closes
 * the subscriptions they no longer may hold); with several nodes, relayed to the others ({@link LiveUpdateRelay}),
 * which deliver it to their own pages.
 * <p>
 * An update is keyed by topic and position: a projection that handles its event again (redelivery, replay) writes
 * the same entry. A client that comes back gets one update, however many it missed ({@link LiveUpdate#merged}).
 */
@Component
public class LiveUpdateJournal {

    static final String COLLECTION = "live_updates";

    private final MongoCollection<Document> journal;
    private final QueryUpdateEmitter emitter;
    private final Serializer serializer;
    private final ApplicationEventPublisher announcements;
    private final Supplier<LiveUpdateRelay> relay;

    @Autowired
    public LiveUpdateJournal(MongoDatabase database, QueryUpdateEmitter emitter, Serializer serializer,
                             ApplicationEventPublisher announcements, ObjectProvider<LiveUpdateRelay> relay) {
        this.journal = database.getCollection(COLLECTION);
        this.emitter = emitter;
        this.serializer = serializer;
        this.announcements = announcements;
        this.relay = relay == null ? () -> null : relay::getIfAvailable;
        journal.createIndex(Indexes.ascending("topic", "position"));
        journal.createIndex(Indexes.ascending("at"));
    }

    /** A journal of a hub of one node, whose pages are all open here. */
    public LiveUpdateJournal(MongoDatabase database, QueryUpdateEmitter emitter, Serializer serializer,
                             ApplicationEventPublisher announcements) {
        this(database, emitter, serializer, announcements, null);
    }

    /**
     * Forgets the updates published before {@code before}: a client away longer than that reloads its page instead
     * of catching up. Returns how many were forgotten.
     */
    public long forgetBefore(Instant before) {
        return journal.deleteMany(lt("at", Date.from(before))).getDeletedCount();
    }

    /**
     * Publishes what changed on a topic after the event at {@code position}: its pages render those parts again.
     * Does nothing for an event that was not read from the log, which no page can have seen either.
     */
    public void publishChanges(String topic, LogPosition position, String type, List<String> changes) {
        publish(topic, position, type, changes, null);
    }

    /** Publishes the new state of a topic whose pages render it themselves (a small view). */
    public void publishState(String topic, LogPosition position, String type, Object state) {
        publish(topic, position, type, List.of(type), serializer.serialize(state, String.class).getData());
    }

    /**
     * Publishes a thin frame: which parts changed, and a small state the page reads itself (a decision's tally), so
     * that a page renders again only those parts.
     */
    public void publishState(String topic, LogPosition position, String type, List<String> changes, Object state) {
        publish(topic, position, type, changes, serializer.serialize(state, String.class).getData());
    }

    private void publish(String topic, LogPosition position, String type, List<String> changes, String json) {
        if (!position.known()) {
            return;
        }
        LiveUpdate update = new LiveUpdate(topic, position.value(), type, changes, json);
        Document entry = new Document("_id", topic + "@" + position.value())
                .append("topic", topic)
                .append("position", position.value())
                .append("type", type)
                .append("changes", update.changes())
                .append("json", json)
                .append("at", new Date());
        journal.replaceOne(eq("_id", entry.get("_id")), entry, new ReplaceOptions().upsert(true));
        deliverHere(update);
        LiveUpdateRelay toOtherNodes = relay.get();
        if (toOtherNodes != null) {
            // now, not once the unit of work is committed: its commit records the projection's position first, and a
            // node killed between the two would leave an update that no node relays. Relayed before, it is relayed
            // again by the node that handles the event again; a rolled-back event is handled again too.
            toOtherNodes.relay(update);
        }
    }

    /**
     * Delivers an update to the pages open on this node: the ones this node's projections publish, and those another
     * node's relay brings.
     */
    public void deliverHere(LiveUpdate update) {
        emitter.emit(WatchTopicQuery.class, query -> query.topic().equals(update.topic()), update);
        announcements.publishEvent(update);
    }

    @QueryHandler
    public Long handle(FindTopicPositionQuery query) {
        Document last = journal.find(eq("topic", query.topic())).projection(Projections.include("position"))
                               .sort(descending("position")).limit(1).first();
        return last == null ? 0L : ((Number) last.get("position")).longValue();
    }

    /**
     * What a client missed since its position, as one update (none if it missed nothing): the latest state, and
     * every part that changed. Only the last entry's state is read.
     */
    @QueryHandler
    public List<LiveUpdate> handle(WatchTopicQuery query) {
        List<LiveUpdate> missed = new ArrayList<>();
        journal.find(and(eq("topic", query.topic()), gt("position", query.sincePosition())))
               .projection(Projections.include("position", "type", "changes"))
               .sort(ascending("position"))
               .forEach(entry -> missed.add(new LiveUpdate(query.topic(), ((Number) entry.get("position")).longValue(),
                                                           entry.getString("type"), entry.getList("changes", String.class),
                                                           null)));
        if (missed.isEmpty()) {
            return List.of();
        }
        LiveUpdate last = missed.get(missed.size() - 1);
        Document latest = journal.find(eq("_id", query.topic() + "@" + last.position())).first();
        String json = latest == null ? null : latest.getString("json");
        LiveUpdate merged = LiveUpdate.merged(missed);
        return List.of(new LiveUpdate(merged.topic(), merged.position(), merged.type(), merged.changes(), json));
    }
}
