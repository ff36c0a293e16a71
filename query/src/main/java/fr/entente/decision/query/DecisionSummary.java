package fr.entente.decision.query;

import fr.entente.decision.api.DecisionMode;
import fr.entente.decision.api.DecisionOutcome;

import java.time.Instant;
import java.util.List;

/**
 * A decision as lists show it: the register, a body's decisions, a person's "À arbitrer". {@code votedOrganisations}
 * says which centres voted (the home page says whether the person's centre did).
 */
public record DecisionSummary(String decisionId, String cooperationId, String bodyId, String question,
                              DecisionMode mode, Instant deadline, DecisionStatus status, DecisionOutcome outcome,
                              String adoptedOption, Integer number, String reference, Instant openedAt,
                              Instant closedAt, int centresVoted, int electorateSize, List<String> votedOrganisations,
                              List<String> electorate, String annulmentReason) {

    public DecisionSummary {
        votedOrganisations = List.copyOf(votedOrganisations);
        electorate = List.copyOf(electorate);
    }
}
