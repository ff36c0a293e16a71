package fr.entente.common.query;

import org.axonframework.eventhandling.EventMessageHandler;

import java.util.List;

/**
 * A read model that can be rebuilt while the hub runs: built again from the start of the log into a fresh collection,
 * by the same event handlers as its projection's but telling no live page, then switched to once caught up (see
 * {@link ReadModelCollections}).
 */
public interface RebuildableReadModel {

    /** The read model's name, which is also the collection it lives in until first rebuilt. */
    String name();

    /** The processing group of the projection that keeps it as the log grows. */
    String processingGroup();

    /** Handlers that build the read model into {@code collection} (indexes made), telling no live page. */
    EventMessageHandler buildingInto(String collection);

    /** Every collection the read model keeps when it lives in {@code collection} (a rebuild drops them all together). */
    default List<String> collectionsOf(String collection) {
        return List.of(collection);
    }
}
