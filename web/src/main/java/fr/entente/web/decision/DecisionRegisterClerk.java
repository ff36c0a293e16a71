package fr.entente.web.decision;

import fr.entente.decision.api.DecisionClosedEvent;
import fr.entente.decision.api.EnterInRegisterCommand;
import fr.entente.decision.api.Registers;
import fr.entente.infra.audit.Actor;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Enters each closed decision in its body's register for the year of its close (Paris time). The register aggregate
 * gives the numbers, one after the other, each decision once; this processor asks for them in the order of the log,
 * one at a time, so that decisions closed at the same moment get consecutive numbers in the order they closed. A
 * refusal or a conflict stops the processor, which tries again: no closed decision is left without a number.
 */
@Component
@ProcessingGroup(DecisionRegisterClerk.PROCESSING_GROUP)
class DecisionRegisterClerk {

    static final String PROCESSING_GROUP = "decision-register";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final DecisionCommands commands;

    DecisionRegisterClerk(DecisionCommands commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(DecisionClosedEvent event, @Timestamp Instant at) {
        int year = at.atZone(PARIS).getYear();
        commands.sendAs(Actor.system(event.cooperationId()),
                        new EnterInRegisterCommand(Registers.idOf(event.cooperationId(), event.bodyId(), year),
                                                   event.cooperationId(), event.bodyId(), year, event.registerPrefix(),
                                                   event.decisionId()));
    }
}
