package fr.entente.infra.eventstore;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A long-lived aggregate of the snapshot test: each command adds one event. */
class Tally {

    record Count(@TargetAggregateIdentifier String tallyId) {
    }

    record Counted(String tallyId, long total) {
    }

    @AggregateIdentifier
    private String tallyId;
    private long total;

    Tally() {
    }

    @CommandHandler
    void handle(Count command) {
        apply(new Counted(command.tallyId(), total + 1));
    }

    @EventSourcingHandler
    void on(Counted event) {
        tallyId = event.tallyId();
        total = event.total();
    }

    long total() {
        return total;
    }
}
