package fr.entente.study;

import fr.entente.common.Required;
import fr.entente.common.api.ActorMetaData;
import fr.entente.study.api.Audience;
import fr.entente.study.api.DeliverStudyResultsCommand;
import fr.entente.study.api.DisseminateStudyCommand;
import fr.entente.study.api.InformTechnicalCommitteeCommand;
import fr.entente.study.api.LaunchStudyCommand;
import fr.entente.study.api.Milestone;
import fr.entente.study.api.OpenStudyFolderCommand;
import fr.entente.study.api.StudyFolderOpenedEvent;
import fr.entente.study.api.ProposeStudyCommand;
import fr.entente.study.api.QuestionSubject;
import fr.entente.study.api.RaiseStudyQuestionCommand;
import fr.entente.study.api.RecordStudyValidationCommand;
import fr.entente.study.api.ReportStudyProgressCommand;
import fr.entente.study.api.SettleStudyArbitrationCommand;
import fr.entente.study.api.StudyArbitrationSettledEvent;
import fr.entente.study.api.StudyDisseminatedEvent;
import fr.entente.study.api.StudyLaunchedEvent;
import fr.entente.study.api.StudyProgressReportedEvent;
import fr.entente.study.api.StudyProposedEvent;
import fr.entente.study.api.StudyQuestionRaisedEvent;
import fr.entente.study.api.StudyRefusal;
import fr.entente.study.api.StudyRejectedEvent;
import fr.entente.study.api.StudyResultsDeliveredEvent;
import fr.entente.study.api.StudyRoster;
import fr.entente.study.api.StudyStage;
import fr.entente.study.api.StudySubmittedForValidationEvent;
import fr.entente.study.api.StudyValidatedEvent;
import fr.entente.study.api.SubmitStudyForValidationCommand;
import fr.entente.study.api.TechnicalCommitteeInformedEvent;
import fr.entente.study.api.SendStudyResultsToReadCommand;
import fr.entente.study.api.StudyResultsSentToReadEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.entente.study.api.StudyRefusal.*;
import static fr.entente.study.api.StudyRefusedException.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A study of the observatory, from its proposal to its dissemination (convention, art. 4 and 5): proposed by a
 * referent or the working group; validated or rejected by a decision of the technical committee; launched, once
 * validated, with a lead centre and milestones; its progress reported by the lead centre; its results delivered; the
 * technical committee informed of them and of the planned dissemination. It is disseminated to the member centres at
 * any time after delivery, and beyond them only to an audience the committee was told of, never while an arbitration
 * about the study is open, and not at all once an arbitration on its dissemination said no.
 */
@Aggregate
public class Study {

    static final int TITLE_MOST = 200;
    static final int TEXT_MOST = 20_000;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @AggregateIdentifier
    private String studyId;
    private String cooperationId;
    private StudyStage stage;
    private String validationDecisionId;
    private String leadCentre;
    private final List<String> milestoneIds = new ArrayList<>();
    private final Set<Audience> plannedAudiences = EnumSet.noneOf(Audience.class);
    private boolean committeeInformed;
    /** The open arbitrations of questions on the study: decision → what the question bears on. */
    private final Map<String, QuestionSubject> openArbitrations = new HashMap<>();
    private String folderId;
    /** The register's reference of an arbitration that refused the study's dissemination, if any. */
    private String disseminationRefusedBy;

    protected Study() {
        // for Axon
    }

    @CommandHandler
    public Study(ProposeStudyCommand command, MetaData metaData, StudyRoster roster) {
        String cooperation = Required.id(command.cooperationId(), () -> refused(COOPERATION_ID_REQUIRED));
        Actor actor = Actor.of(metaData, roster, cooperation);
        if (!actor.managesStudies() && !actor.sitsInWorkingGroup()) {
            throw refused(WORKING_GROUP_REQUIRED);
        }
        String title = Required.text(command.title(), () -> refused(TITLE_REQUIRED));
        if (title.length() > TITLE_MOST) {
            throw refused(TITLE_TOO_LONG, TITLE_MOST);
        }
        String question = Required.text(command.question(), () -> refused(QUESTION_REQUIRED));
        if (command.dataSources() == null || command.dataSources().isEmpty()) {
            throw refused(DATA_SOURCES_REQUIRED);
        }
        List<String> requesting = memberCentres(roster, cooperation, command.requestingCentres());
        if (command.expectedBy() != null && command.expectedBy().isBefore(today())) {
            throw refused(EXPECTED_IN_THE_PAST);
        }
        String deliverables = Required.optional(command.deliverables());
        if (question.length() > TEXT_MOST || deliverables != null && deliverables.length() > TEXT_MOST) {
            throw refused(TEXT_TOO_LONG, TEXT_MOST);
        }
        apply(new StudyProposedEvent(Required.id(command.studyId(), () -> refused(STUDY_ID_REQUIRED)), cooperation, title,
                                     question, List.copyOf(command.dataSources()),
                                     command.departments() == null ? List.of() : List.copyOf(command.departments()),
                                     requesting, deliverables, command.expectedBy(), Required.optional(command.meetingId()),
                                     Required.optional(command.proposalId()), actor.id(),
                                     Required.optional(command.requestId())));
    }

    @CommandHandler
    public void handle(SubmitStudyForValidationCommand command, MetaData metaData, StudyRoster roster) {
        actor(metaData, roster).manager();
        String decisionId = Required.id(command.decisionId(), () -> refused(DECISION_ID_REQUIRED));
        if (stage != StudyStage.PROPOSED) {
            throw refused(stage == StudyStage.REJECTED ? REJECTED : NOT_PROPOSED);
        }
        apply(new StudySubmittedForValidationEvent(studyId, decisionId));
    }

    @CommandHandler
    public void handle(RecordStudyValidationCommand command, MetaData metaData, StudyRoster roster) {
        actor(metaData, roster).hub();
        if (stage != StudyStage.UNDER_VALIDATION || !validationDecisionId.equals(command.decisionId())) {
            throw refused(DECISION_UNKNOWN);
        }
        apply(command.adopted() ? new StudyValidatedEvent(studyId, command.decisionId(), command.reference())
                                : new StudyRejectedEvent(studyId, command.decisionId(), command.reference()));
    }

    @CommandHandler
    public void handle(LaunchStudyCommand command, MetaData metaData, StudyRoster roster) {
        actor(metaData, roster).manager();
        if (stage != StudyStage.VALIDATED) {
            throw refused(stage == StudyStage.REJECTED ? REJECTED : NOT_VALIDATED);
        }
        String lead = Required.id(command.leadCentre(), () -> refused(LEAD_CENTRE_REQUIRED));
        memberCentres(roster, cooperationId, List.of(lead));
        List<String> participating = memberCentres(roster, cooperationId, command.participatingCentres());
        List<Milestone> milestones = new ArrayList<>();
        for (Milestone milestone : command.milestones() == null ? List.<Milestone>of() : command.milestones()) {
            String title = Required.text(milestone.title(), () -> refused(MILESTONE_TITLE_REQUIRED));
            String id = milestone.milestoneId() == null || milestone.milestoneId().isBlank()
                        ? "etape-" + (milestones.size() + 1) : milestone.milestoneId();
            milestones.add(new Milestone(id, title, milestone.due()));
        }
        apply(new StudyLaunchedEvent(studyId, lead, participating, List.copyOf(milestones)));
    }

    @CommandHandler
    public void handle(ReportStudyProgressCommand command, MetaData metaData, StudyRoster roster) {
        Actor actor = actor(metaData, roster);
        if (!actor.managesStudies() && !actor.isOf(leadCentre)) {
            throw refused(LEAD_CENTRE_OR_MANAGER_REQUIRED);
        }
        if (stage != StudyStage.IN_PROGRESS) {
            throw refused(NOT_IN_PROGRESS);
        }
        String text = Required.text(command.text(), () -> refused(TEXT_REQUIRED));
        if (text.length() > TEXT_MOST) {
            throw refused(TEXT_TOO_LONG, TEXT_MOST);
        }
        String milestoneId = Required.optional(command.milestoneId());
        if (milestoneId != null && !milestoneIds.contains(milestoneId)) {
            throw refused(MILESTONE_UNKNOWN, milestoneId);
        }
        apply(new StudyProgressReportedEvent(studyId, text, milestoneId, actor.id()));
    }

    /** Once: a second opening of the same folder changes nothing, another folder is refused. */
    @CommandHandler
    public void handle(OpenStudyFolderCommand command, MetaData metaData, StudyRoster roster) {
        actor(metaData, roster).manager();
        if (stage != StudyStage.IN_PROGRESS && stage != StudyStage.DELIVERED) {
            throw refused(NOT_IN_PROGRESS);
        }
        String space = Required.id(command.spaceId(), () -> refused(FOLDER_REQUIRED));
        String folder = Required.id(command.folderId(), () -> refused(FOLDER_REQUIRED));
        if (folderId != null) {
            if (!folderId.equals(folder)) {
                throw refused(FOLDER_ALREADY_OPEN);
            }
            return;
        }
        apply(new StudyFolderOpenedEvent(studyId, space, folder));
    }

    @CommandHandler
    public void handle(DeliverStudyResultsCommand command, MetaData metaData, StudyRoster roster) {
        actor(metaData, roster).manager();
        if (stage != StudyStage.IN_PROGRESS) {
            throw refused(NOT_IN_PROGRESS);
        }
        if (command.documentIds() == null || command.documentIds().isEmpty()) {
            throw refused(DOCUMENTS_REQUIRED);
        }
        String summary = Required.optional(command.summary());
        if (summary != null && summary.length() > TEXT_MOST) {
            throw refused(TEXT_TOO_LONG, TEXT_MOST);
        }
        apply(new StudyResultsDeliveredEvent(studyId, List.copyOf(command.documentIds()), summary));
    }

    @CommandHandler
    public void handle(InformTechnicalCommitteeCommand command, MetaData metaData, StudyRoster roster) {
        actor(metaData, roster).manager();
        delivered();
        String means = plannedMeans(command.plannedAudiences(), command.means());
        apply(new TechnicalCommitteeInformedEvent(studyId, List.copyOf(EnumSet.copyOf(command.plannedAudiences())), means,
                                                  Required.optional(command.meetingId())));
    }

    /** Presented by a sending "à lire" to the committee's members: informed as at its meeting, on the same conditions. */
    @CommandHandler
    public void handle(SendStudyResultsToReadCommand command, MetaData metaData, StudyRoster roster) {
        actor(metaData, roster).manager();
        delivered();
        String committee = Required.id(command.committeeId(), () -> refused(TECHNICAL_COMMITTEE_REQUIRED));
        String means = plannedMeans(command.plannedAudiences(), command.means());
        apply(new StudyResultsSentToReadEvent(studyId, committee,
                                              List.copyOf(EnumSet.copyOf(command.plannedAudiences())), means));
    }

    /** The audiences planned, and the means, which an audience beyond the members needs. */
    private static String plannedMeans(List<Audience> audiences, String typedMeans) {
        if (audiences == null || audiences.isEmpty()) {
            throw refused(AUDIENCES_REQUIRED);
        }
        String means = Required.optional(typedMeans);
        if (means == null && audiences.stream().anyMatch(Audience::beyondMembers)) {
            throw refused(MEANS_REQUIRED);
        }
        return means;
    }

    @CommandHandler
    public void handle(DisseminateStudyCommand command, MetaData metaData, StudyRoster roster) {
        actor(metaData, roster).manager();
        delivered();
        Audience audience = command.audience();
        if (audience == null) {
            throw refused(AUDIENCE_REQUIRED);
        }
        if (audience.beyondMembers()) {
            if (!committeeInformed || !plannedAudiences.contains(audience)) {
                throw refused(COMMITTEE_NOT_INFORMED);
            }
            if (!openArbitrations.isEmpty()) {
                throw refused(ARBITRATION_OPEN);
            }
            if (disseminationRefusedBy != null) {
                throw refused(DISSEMINATION_REFUSED, disseminationRefusedBy);
            }
        }
        apply(new StudyDisseminatedEvent(studyId, audience, Required.optional(command.means())));
    }

    @CommandHandler
    public void handle(RaiseStudyQuestionCommand command, MetaData metaData, StudyRoster roster) {
        Actor actor = actor(metaData, roster);
        if (!actor.sitsInTechnicalCommittee()) {
            throw refused(DIRECTOR_REQUIRED);
        }
        String decisionId = Required.id(command.decisionId(), () -> refused(DECISION_ID_REQUIRED));
        if (command.subject() == null) {
            throw refused(SUBJECT_REQUIRED);
        }
        if (stage == StudyStage.REJECTED) {
            throw refused(REJECTED);
        }
        apply(new StudyQuestionRaisedEvent(studyId, decisionId, command.subject(), actor.id()));
    }

    @CommandHandler
    public void handle(SettleStudyArbitrationCommand command, MetaData metaData, StudyRoster roster) {
        actor(metaData, roster).hub();
        if (!openArbitrations.containsKey(command.decisionId())) {
            throw refused(DECISION_UNKNOWN);
        }
        apply(new StudyArbitrationSettledEvent(studyId, command.decisionId(), command.approved(), command.reference()));
    }

    // State

    @EventSourcingHandler
    void on(StudyProposedEvent event) {
        studyId = event.studyId();
        cooperationId = event.cooperationId();
        stage = StudyStage.PROPOSED;
    }

    @EventSourcingHandler
    void on(StudySubmittedForValidationEvent event) {
        stage = StudyStage.UNDER_VALIDATION;
        validationDecisionId = event.decisionId();
    }

    @EventSourcingHandler
    void on(StudyValidatedEvent event) {
        stage = StudyStage.VALIDATED;
    }

    @EventSourcingHandler
    void on(StudyRejectedEvent event) {
        stage = StudyStage.REJECTED;
    }

    @EventSourcingHandler
    void on(StudyLaunchedEvent event) {
        stage = StudyStage.IN_PROGRESS;
        leadCentre = event.leadCentre();
        event.milestones().forEach(milestone -> milestoneIds.add(milestone.milestoneId()));
    }

    @EventSourcingHandler
    void on(StudyFolderOpenedEvent event) {
        folderId = event.folderId();
    }

    @EventSourcingHandler
    void on(StudyResultsDeliveredEvent event) {
        stage = StudyStage.DELIVERED;
    }

    @EventSourcingHandler
    void on(TechnicalCommitteeInformedEvent event) {
        committeeInformed = true;
        plannedAudiences.addAll(event.plannedAudiences());
    }

    @EventSourcingHandler
    void on(StudyResultsSentToReadEvent event) {
        committeeInformed = true;
        plannedAudiences.addAll(event.plannedAudiences());
    }

    @EventSourcingHandler
    void on(StudyQuestionRaisedEvent event) {
        openArbitrations.put(event.decisionId(), event.subject());
    }

    @EventSourcingHandler
    void on(StudyArbitrationSettledEvent event) {
        QuestionSubject subject = openArbitrations.remove(event.decisionId());
        if (subject == QuestionSubject.DISSEMINATION && !event.approved()) {
            disseminationRefusedBy = event.reference() == null ? event.decisionId() : event.reference();
        }
    }

    // Rules

    private void delivered() {
        if (stage != StudyStage.DELIVERED) {
            throw refused(RESULTS_NOT_DELIVERED);
        }
    }

    private Actor actor(MetaData metaData, StudyRoster roster) {
        return Actor.of(metaData, roster, cooperationId);
    }

    private static List<String> memberCentres(StudyRoster roster, String cooperationId, List<String> centres) {
        if (centres == null) {
            return List.of();
        }
        for (String centre : centres) {
            if (centre == null || !roster.isMemberCentre(cooperationId, centre)) {
                throw refused(CENTRE_NOT_MEMBER, String.valueOf(centre));
            }
        }
        return centres.stream().distinct().toList();
    }

    private static LocalDate today() {
        return GenericEventMessage.clock.instant().atZone(PARIS).toLocalDate();
    }

    /**
     * Who acts, as the command's metadata says; someone acting from another cooperation, or who is not of this one,
     * is told the study does not exist. The system (the hub, demo data) manages every study.
     */
    private record Actor(String id, String cooperationId, StudyRoster roster) {

        static Actor of(MetaData metaData, StudyRoster roster, String cooperationId) {
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

        boolean managesStudies() {
            return system() || roster.managesStudies(cooperationId, id);
        }

        boolean sitsInWorkingGroup() {
            return !system() && roster.sitsInWorkingGroup(cooperationId, id);
        }

        boolean sitsInTechnicalCommittee() {
            return !system() && roster.sitsInTechnicalCommittee(cooperationId, id);
        }

        boolean isOf(String organisationId) {
            return !system() && organisationId != null
                   && roster.organisationOf(cooperationId, id).filter(organisationId::equals).isPresent();
        }

        void manager() {
            if (!managesStudies()) {
                throw refused(MANAGER_REQUIRED);
            }
        }

        void hub() {
            if (!system()) {
                throw refused(BY_THE_HUB);
            }
        }
    }
}
