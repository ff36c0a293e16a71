package fr.entente.web.roadmap;

import fr.entente.common.api.RefusedException;
import fr.entente.common.query.LogPosition;
import fr.entente.decision.api.ConcernKind;
import fr.entente.decision.api.DecisionEnteredInRegisterEvent;
import fr.entente.decision.api.DecisionOutcome;
import fr.entente.decision.query.DecisionView;
import fr.entente.decision.query.FindDecisionQuery;
import fr.entente.infra.audit.Actor;
import fr.entente.roadmap.api.RecordRoadmapValidationCommand;
import fr.entente.roadmap.api.RoadmapRefusal;
import fr.entente.web.application.PersonCommands;
import fr.entente.web.application.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Takes the committee's decision on a roadmap into it, once numbered in the register (adopted: validated; rejected or
 * without quorum: not validated), as the hub, as {@code StudyDecisionOutcomes} does for studies. A decision the roadmap
 * does not wait for is logged and passed.
 */
@Component
@ProcessingGroup(RoadmapDecisionOutcomes.PROCESSING_GROUP)
public class RoadmapDecisionOutcomes {

    static final String PROCESSING_GROUP = "roadmap-decisions";
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(RoadmapDecisionOutcomes.class);

    private final QueryGateway queries;
    private final PersonCommands commands;
    private final ReadModels readModels;

    RoadmapDecisionOutcomes(QueryGateway queries, PersonCommands commands, ReadModels readModels) {
        this.queries = queries;
        this.commands = commands;
        this.readModels = readModels;
    }

    @EventHandler
    void on(DecisionEnteredInRegisterEvent event, LogPosition position) {
        if (position.known() && !readModels.awaitProcessed(position.value(), READ_MODEL_WAIT, List.of("decisions"))) {
            throw new IllegalStateException("the decisions' read model has not reached " + position + " yet");
        }
        queries.query(new FindDecisionQuery(event.decisionId()), ResponseTypes.optionalInstanceOf(DecisionView.class)).join()
               .filter(decision -> decision.concern() != null && decision.concern().kind() == ConcernKind.ROADMAP
                                   && decision.concern().referenceId() != null)
               .ifPresent(decision -> takeIn(decision, event.reference()));
    }

    private void takeIn(DecisionView decision, String reference) {
        String roadmapId = decision.concern().referenceId();
        try {
            commands.sendAs(Actor.system(decision.cooperationId()), new RecordRoadmapValidationCommand(
                    roadmapId, decision.decisionId(), decision.outcome() == DecisionOutcome.ADOPTED, reference));
        } catch (RefusedException refused) {
            if (!RoadmapRefusal.DECISION_UNKNOWN.code().equals(refused.code())) {
                throw refused;
            }
            log.info("Decision {} numbered {}; roadmap {} does not wait for it", decision.decisionId(), reference, roadmapId);
        } catch (org.axonframework.modelling.command.AggregateNotFoundException unknown) {
            log.info("Decision {} numbered {} concerns no roadmap ({})", decision.decisionId(), reference, roadmapId);
        }
    }
}
