package fr.entente.web.roadmap;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.decision.api.Concern;
import fr.entente.decision.api.ConcernKind;
import fr.entente.decision.api.DecisionLimits;
import fr.entente.decision.api.DecisionMode;
import fr.entente.decision.api.OpenDecisionCommand;
import fr.entente.infra.audit.Actor;
import fr.entente.roadmap.api.EvaluateRoadmapCommand;
import fr.entente.roadmap.api.LinkStudyToActionCommand;
import fr.entente.roadmap.api.ProposeRoadmapCommand;
import fr.entente.roadmap.api.ReportActionProgressCommand;
import fr.entente.roadmap.api.RoadmapRefusal;
import fr.entente.roadmap.api.RoadmapRoster;
import fr.entente.roadmap.api.RoadmapStage;
import fr.entente.roadmap.api.SubmitRoadmapForValidationCommand;
import fr.entente.roadmap.query.RoadmapView;
import fr.entente.web.application.PersonCommands;
import fr.entente.web.security.CooperationAccess;
import fr.entente.web.study.StudyAccess;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.UUID;

import static fr.entente.roadmap.api.RoadmapRefusedException.refused;

/**
 * The roadmaps' application layer, for the API and the pages alike. Putting a roadmap to its committee (the steering
 * committee or the technical committee, per the body's competence) opens the committee's decision first, concerning
 * the roadmap, as the hub; the roadmap takes its outcome when it is numbered ({@link RoadmapDecisionOutcomes}). A
 * study linked to an action must be one of the cooperation's that the person sees.
 */
@Component
public class Roadmaps {

    private final PersonCommands commands;
    private final RoadmapAccess access;
    private final CooperationAccess cooperations;
    private final RoadmapRoster roster;
    private final StudyAccess studies;

    Roadmaps(PersonCommands commands, RoadmapAccess access, CooperationAccess cooperations, RoadmapRoster roster,
             StudyAccess studies) {
        this.commands = commands;
        this.access = access;
        this.cooperations = cooperations;
        this.roster = roster;
        this.studies = studies;
    }

    public RoadmapRequests.Proposed propose(String cooperationId, RoadmapRequests.NewRoadmap request) {
        cooperations.cooperation(cooperationId);
        String roadmapId = UUID.randomUUID().toString();
        send(cooperationId, new ProposeRoadmapCommand(roadmapId, cooperationId, request.year(), request.title(), request.axes()));
        return new RoadmapRequests.Proposed(roadmapId, cooperationId);
    }

    public RoadmapRequests.PutToCommittee submitForValidation(String cooperationId, String roadmapId,
                                                              RoadmapRequests.ToTheCommittee request) {
        RoadmapView roadmap = access.seen(cooperationId, roadmapId);
        if (!roster.managesRoadmaps(cooperationId, cooperations.membershipIn(cooperationId).personId())) {
            throw refused(RoadmapRefusal.MANAGER_REQUIRED);
        }
        if (roadmap.stage() != RoadmapStage.PROPOSED) {
            throw refused(RoadmapRefusal.NOT_PROPOSED);
        }
        if (request.bodyId() == null || request.bodyId().isBlank()
            || !EnumSet.of(BodyKind.STEERING_COMMITTEE, BodyKind.TECHNICAL_COMMITTEE)
                       .contains(cooperations.body(cooperationId, request.bodyId()).kind())) {
            throw refused(RoadmapRefusal.COMMITTEE_REQUIRED);
        }
        String decisionId = UUID.randomUUID().toString();
        String question = "Valider la feuille de route " + roadmap.year() + " « " + roadmap.title() + " » ?";
        commands.sendAs(Actor.system(cooperationId), new OpenDecisionCommand(
                decisionId, cooperationId, request.bodyId(), cut(question, DecisionLimits.QUESTION), null, null,
                new Concern(ConcernKind.ROADMAP, roadmapId), null, null, DecisionMode.ASYNCHRONOUS, request.deadline(),
                null, false));
        send(cooperationId, new SubmitRoadmapForValidationCommand(roadmapId, decisionId));
        return new RoadmapRequests.PutToCommittee(roadmapId, decisionId);
    }

    public void reportProgress(String cooperationId, String roadmapId, RoadmapRequests.Progress request) {
        access.seen(cooperationId, roadmapId);
        send(cooperationId, new ReportActionProgressCommand(roadmapId, request.actionId(), request.percent(), request.text()));
    }

    public void linkStudy(String cooperationId, String roadmapId, RoadmapRequests.StudyLink request) {
        access.seen(cooperationId, roadmapId);
        if (!roster.managesRoadmaps(cooperationId, cooperations.membershipIn(cooperationId).personId())) {
            throw refused(RoadmapRefusal.MANAGER_REQUIRED);
        }
        if (request.studyId() == null || request.studyId().isBlank()) {
            throw refused(RoadmapRefusal.STUDY_ID_REQUIRED);
        }
        try {
            studies.seen(cooperationId, request.studyId());
        } catch (RuntimeException notSeen) {
            throw refused(RoadmapRefusal.STUDY_UNKNOWN);
        }
        send(cooperationId, new LinkStudyToActionCommand(roadmapId, request.actionId(), request.studyId()));
    }

    public void evaluate(String cooperationId, String roadmapId, RoadmapRequests.Evaluation request) {
        access.seen(cooperationId, roadmapId);
        send(cooperationId, new EvaluateRoadmapCommand(roadmapId, request.evaluation()));
    }

    private void send(String cooperationId, Object command) {
        try {
            commands.send(cooperationId, command);
        } catch (AggregateNotFoundException unknown) {
            throw refused(RoadmapRefusal.NOT_FOUND);
        }
    }

    private static String cut(String text, int most) {
        String stripped = text.strip();
        return stripped.length() <= most ? stripped : stripped.substring(0, most - 1).strip() + "…";
    }
}
