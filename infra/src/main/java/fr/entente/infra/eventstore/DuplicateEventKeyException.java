package fr.entente.infra.eventstore;

/**
 * An event was refused because its aggregate already has an event at that sequence number: another command changed
 * the aggregate first. Axon turns it into a {@code ConcurrencyException} (or an {@code AggregateStreamCreationException}
 * for an aggregate created twice).
 */
public class DuplicateEventKeyException extends RuntimeException {

    private final String key;

    public DuplicateEventKeyException(String key) {
        super("The log already holds an event with key [" + key + "] (aggregate#sequence)");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
