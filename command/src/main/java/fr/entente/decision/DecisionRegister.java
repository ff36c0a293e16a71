package fr.entente.decision;

import fr.entente.common.Required;
import fr.entente.decision.api.DecisionEnteredInRegisterEvent;
import fr.entente.decision.api.EnterInRegisterCommand;
import fr.entente.decision.api.Registers;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;

import static fr.entente.decision.api.DecisionRefusal.DECISION_ID_REQUIRED;
import static fr.entente.decision.api.DecisionRefusedException.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A body's register of decisions for one year: gives each closed decision the next number, once. One consistency
 * boundary per body and year, so that two closes can never take one number (the log refuses a second writer of the
 * same version) nor leave one out (numbers come only from here, one after the other).
 */
@Aggregate
public class DecisionRegister {

    @AggregateIdentifier
    private String registerId;
    private int last;
    private final Map<String, Integer> numbers = new HashMap<>();

    protected DecisionRegister() {
        // for Axon
    }

    /** The decision's number: the next one, or the one it has already (entering twice changes nothing). */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(EnterInRegisterCommand command) {
        String decisionId = Required.id(command.decisionId(), () -> refused(DECISION_ID_REQUIRED));
        Integer known = numbers.get(decisionId);
        if (known != null) {
            return known;
        }
        int number = last + 1;
        apply(new DecisionEnteredInRegisterEvent(command.registerId(), command.cooperationId(), command.bodyId(),
                                                 command.year(), decisionId, number,
                                                 Registers.reference(command.prefix(), command.year(), number)));
        return number;
    }

    @EventSourcingHandler
    void on(DecisionEnteredInRegisterEvent event) {
        registerId = event.registerId();
        last = event.number();
        numbers.put(event.decisionId(), event.number());
    }
}
