package fr.entente.roadmap;

import fr.entente.common.Required;
import fr.entente.common.api.ActorMetaData;
import fr.entente.roadmap.api.*;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;

import static fr.entente.roadmap.api.RoadmapRefusal.*;
import static fr.entente.roadmap.api.RoadmapRefusedException.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A cooperation's yearly roadmap (feuille de route): axes and actions, each action with its lead centre, participating
 * centres and partners, deliverables, indicators and studies ({@link RoadmapContent}). Proposed by the working group;
 * validated or not by a decision of the steering or technical committee, which the hub reports; then its actions'
 * progress is reported (by the manager or the action's lead centre) and, at year end, it is evaluated once.
 */
@Aggregate
public class Roadmap {

    static final int YEAR_FIRST = 2000;
    static final int YEAR_LAST = 2100;

    @AggregateIdentifier
    private String roadmapId;
    private String cooperationId;
    private RoadmapStage stage;
    private String validationDecisionId;
    /** Each action's lead centre, by action id. */
    private final Map<String, String> leads = new HashMap<>();

    protected Roadmap() {
        // for Axon
    }

    @CommandHandler
    public Roadmap(ProposeRoadmapCommand command, MetaData metaData, RoadmapRoster roster) {
        String cooperation = Required.id(command.cooperationId(), () -> refused(COOPERATION_ID_REQUIRED));
        Actor actor = Actor.of(metaData, roster, cooperation);
        if (!actor.manages() && !roster.sitsInWorkingGroup(cooperation, actor.id())) {
            throw refused(WORKING_GROUP_REQUIRED);
        }
        Integer year = Required.value(command.year(), () -> refused(YEAR_REQUIRED));
        if (year < YEAR_FIRST || year > YEAR_LAST) {
            throw refused(YEAR_OUT_OF_RANGE);
        }
        String title = Required.optional(command.title());
        apply(new RoadmapProposedEvent(Required.id(command.roadmapId(), () -> refused(ROADMAP_ID_REQUIRED)), cooperation,
                                       year, title == null ? "Feuille de route " + year : title,
                                       RoadmapContent.checked(command.axes(), roster, cooperation), actor.id()));
    }

    @CommandHandler
    public void handle(SubmitRoadmapForValidationCommand command, MetaData metaData, RoadmapRoster roster) {
        actor(metaData, roster).manager();
        String decisionId = Required.id(command.decisionId(), () -> refused(DECISION_ID_REQUIRED));
        if (stage != RoadmapStage.PROPOSED) {
            throw refused(NOT_PROPOSED);
        }
        apply(new RoadmapSubmittedForValidationEvent(roadmapId, decisionId));
    }

    @CommandHandler
    public void handle(RecordRoadmapValidationCommand command, MetaData metaData, RoadmapRoster roster) {
        if (!actor(metaData, roster).system()) {
            throw refused(BY_THE_HUB);
        }
        if (stage != RoadmapStage.UNDER_VALIDATION || !validationDecisionId.equals(command.decisionId())) {
            throw refused(DECISION_UNKNOWN);
        }
        apply(command.adopted() ? new RoadmapValidatedEvent(roadmapId, command.decisionId(), command.reference())
                                : new RoadmapRejectedEvent(roadmapId, command.decisionId(), command.reference()));
    }

    @CommandHandler
    public void handle(ReportActionProgressCommand command, MetaData metaData, RoadmapRoster roster) {
        Actor actor = actor(metaData, roster);
        String lead = leads.get(command.actionId());
        if (lead == null) {
            throw refused(ACTION_UNKNOWN, String.valueOf(command.actionId()));
        }
        if (!actor.manages() && !actor.isOf(lead)) {
            throw refused(LEAD_CENTRE_OR_MANAGER_REQUIRED);
        }
        if (stage != RoadmapStage.VALIDATED) {
            throw refused(NOT_VALIDATED);
        }
        Integer percent = Required.value(command.percent(), () -> refused(PERCENT_REQUIRED));
        if (percent < 0 || percent > 100) {
            throw refused(PERCENT_OUT_OF_RANGE);
        }
        String text = Required.text(command.text(), () -> refused(TEXT_REQUIRED));
        if (text.length() > RoadmapContent.TEXT_MOST) {
            throw refused(TEXT_TOO_LONG, RoadmapContent.TEXT_MOST);
        }
        apply(new ActionProgressReportedEvent(roadmapId, command.actionId(), percent, text, actor.id()));
    }

    @CommandHandler
    public void handle(LinkStudyToActionCommand command, MetaData metaData, RoadmapRoster roster) {
        actor(metaData, roster).manager();
        if (!leads.containsKey(command.actionId())) {
            throw refused(ACTION_UNKNOWN, String.valueOf(command.actionId()));
        }
        apply(new StudyLinkedToActionEvent(roadmapId, command.actionId(),
                                           Required.id(command.studyId(), () -> refused(STUDY_ID_REQUIRED))));
    }

    @CommandHandler
    public void handle(EvaluateRoadmapCommand command, MetaData metaData, RoadmapRoster roster) {
        actor(metaData, roster).manager();
        if (stage == RoadmapStage.EVALUATED) {
            throw refused(ALREADY_EVALUATED);
        }
        if (stage != RoadmapStage.VALIDATED) {
            throw refused(NOT_VALIDATED);
        }
        String evaluation = Required.text(command.evaluation(), () -> refused(TEXT_REQUIRED));
        if (evaluation.length() > RoadmapContent.TEXT_MOST) {
            throw refused(TEXT_TOO_LONG, RoadmapContent.TEXT_MOST);
        }
        apply(new RoadmapEvaluatedEvent(roadmapId, evaluation));
    }

    @EventSourcingHandler
    void on(RoadmapProposedEvent event) {
        roadmapId = event.roadmapId();
        cooperationId = event.cooperationId();
        stage = RoadmapStage.PROPOSED;
        event.axes().forEach(axis -> axis.actions().forEach(action -> leads.put(action.actionId(), action.leadCentre())));
    }

    @EventSourcingHandler
    void on(RoadmapSubmittedForValidationEvent event) {
        stage = RoadmapStage.UNDER_VALIDATION;
        validationDecisionId = event.decisionId();
    }

    @EventSourcingHandler
    void on(RoadmapValidatedEvent event) {
        stage = RoadmapStage.VALIDATED;
    }

    @EventSourcingHandler
    void on(RoadmapRejectedEvent event) {
        stage = RoadmapStage.REJECTED;
    }

    @EventSourcingHandler
    void on(RoadmapEvaluatedEvent event) {
        stage = RoadmapStage.EVALUATED;
    }

    private Actor actor(MetaData metaData, RoadmapRoster roster) {
        return Actor.of(metaData, roster, cooperationId);
    }

    /** Who acts; someone of another cooperation, or of none, is told the roadmap does not exist. */
    private record Actor(String id, String cooperationId, RoadmapRoster roster) {

        static Actor of(MetaData metaData, RoadmapRoster roster, String cooperationId) {
            Object actingIn = metaData.get(ActorMetaData.COOPERATION_ID);
            String actorId = (String) metaData.get(ActorMetaData.ACTOR_ID);
            if (actingIn != null && !actingIn.equals(cooperationId)) {
                throw refused(NOT_FOUND);
            }
            Actor actor = new Actor(actorId, cooperationId, roster);
            if (!actor.system() && (actorId == null || roster.organisationOf(cooperationId, actorId).isEmpty())) {
                throw refused(NOT_FOUND);
            }
            return actor;
        }

        boolean system() {
            return ActorMetaData.SYSTEM.equals(id);
        }

        boolean manages() {
            return system() || roster.managesRoadmaps(cooperationId, id);
        }

        boolean isOf(String organisationId) {
            return !system() && roster.organisationOf(cooperationId, id).filter(organisationId::equals).isPresent();
        }

        void manager() {
            if (!manages()) {
                throw refused(MANAGER_REQUIRED);
            }
        }
    }
}
