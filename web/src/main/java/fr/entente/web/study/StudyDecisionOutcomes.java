package fr.entente.web.study;

import fr.entente.common.api.RefusedException;
import fr.entente.common.query.LogPosition;
import fr.entente.decision.api.ConcernKind;
import fr.entente.decision.api.DecisionEnteredInRegisterEvent;
import fr.entente.decision.api.DecisionOutcome;
import fr.entente.decision.query.DecisionView;
import fr.entente.decision.query.FindDecisionQuery;
import fr.entente.infra.audit.Actor;
import fr.entente.study.api.RecordStudyValidationCommand;
import fr.entente.study.api.SettleStudyArbitrationCommand;
import fr.entente.study.api.StudyRefusal;
import fr.entente.study.query.FindStudyQuery;
import fr.entente.study.query.StudyView;
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
import java.util.Optional;

/**
 * Takes the technical committee's decisions on a study into it, once numbered in the register: the validation
 * (adopted: validated; rejected or without quorum: rejected) and the arbitration of a director's question (approved
 * only if adopted). Sent as the hub ({@link Actor#system}), in answer to the register's entry.
 * <p>
 * Its processing group reads the log from its start and never skips an entry: a failure stops it and it retries. A
 * decision the study does not wait for (already taken in) is logged and passed.
 */
@Component
@ProcessingGroup(StudyDecisionOutcomes.PROCESSING_GROUP)
public class StudyDecisionOutcomes {

    static final String PROCESSING_GROUP = "study-decisions";
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(StudyDecisionOutcomes.class);

    private final QueryGateway queries;
    private final PersonCommands commands;
    private final ReadModels readModels;

    StudyDecisionOutcomes(QueryGateway queries, PersonCommands commands, ReadModels readModels) {
        this.queries = queries;
        this.commands = commands;
        this.readModels = readModels;
    }

    @EventHandler
    void on(DecisionEnteredInRegisterEvent event, LogPosition position) {
        if (position.known() && !readModels.awaitProcessed(position.value(), READ_MODEL_WAIT, List.of("decisions", "studies"))) {
            throw new IllegalStateException("the decisions' and studies' read models have not reached " + position + " yet");
        }
        queries.query(new FindDecisionQuery(event.decisionId()), ResponseTypes.optionalInstanceOf(DecisionView.class)).join()
               .filter(decision -> decision.concern() != null && decision.concern().kind() == ConcernKind.STUDY
                                   && decision.concern().referenceId() != null)
               .ifPresent(decision -> takeIn(decision, event.reference()));
    }

    private void takeIn(DecisionView decision, String reference) {
        String studyId = decision.concern().referenceId();
        Optional<StudyView> study = queries.query(new FindStudyQuery(studyId), ResponseTypes.optionalInstanceOf(StudyView.class)).join();
        boolean adopted = decision.outcome() == DecisionOutcome.ADOPTED;
        Actor hub = Actor.system(decision.cooperationId());
        try {
            if (study.map(StudyView::validation).filter(validation -> decision.decisionId().equals(validation.decisionId())).isPresent()) {
                commands.sendAs(hub, new RecordStudyValidationCommand(studyId, decision.decisionId(), adopted, reference));
            } else if (study.isPresent()) {
                commands.sendAs(hub, new SettleStudyArbitrationCommand(studyId, decision.decisionId(), adopted, reference));
            }
        } catch (RefusedException refused) {
            if (!StudyRefusal.DECISION_UNKNOWN.code().equals(refused.code())) {
                throw refused;
            }
            log.info("Decision {} numbered {}; study {} does not wait for it", decision.decisionId(), reference, studyId);
        }
    }
}
