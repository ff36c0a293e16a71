package fr.entente.study.query;

import fr.entente.common.query.LogPosition;
import fr.entente.study.api.StudyArbitrationSettledEvent;
import fr.entente.study.api.StudyDisseminatedEvent;
import fr.entente.study.api.StudyResultsSentToReadEvent;
import fr.entente.study.api.StudyLaunchedEvent;
import fr.entente.study.api.StudyProgressReportedEvent;
import fr.entente.study.api.StudyProposedEvent;
import fr.entente.study.api.StudyQuestionRaisedEvent;
import fr.entente.study.api.StudyRejectedEvent;
import fr.entente.study.api.StudyResultsDeliveredEvent;
import fr.entente.study.api.StudyFolderOpenedEvent;
import fr.entente.study.api.StudySubmittedForValidationEvent;
import fr.entente.study.api.StudyValidatedEvent;
import fr.entente.study.api.TechnicalCommitteeInformedEvent;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How the studies' events change their views: shared by the projection that keeps the {@code studies} read model (and
 * tells the live topics) and by {@link StudyHistory}, which applies a study's events in memory to show it as it stood.
 * Idempotent: an event at or before the view's position changes nothing.
 */
class StudyChanges {

    /** Where the views are kept: the {@code studies} collection (telling the live topics), or a map in memory. */
    interface Views {

        Optional<StudyView> find(String studyId);

        void save(StudyView view, LogPosition position);
    }

    private final Views views;

    StudyChanges(Views views) {
        this.views = views;
    }

    @EventHandler
    void on(StudyProposedEvent event, @Timestamp Instant at, LogPosition position) {
        if (views.find(event.studyId()).isEmpty()) {
            save(StudyView.proposed(event.studyId(), event.cooperationId(), new StudyView.Proposal(
                    event.title(), event.question(), event.dataSources(), event.departments(), event.requestingCentres(),
                    event.deliverables(), event.expectedBy(), event.meetingId(), event.proposalId(), event.requestId(), event.proposedBy(), at)),
                 position);
        }
    }

    @EventHandler
    void on(StudySubmittedForValidationEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.studyId(), position, study -> study.submitted(event.decisionId(), at));
    }

    @EventHandler
    void on(StudyValidatedEvent event, LogPosition position) {
        change(event.studyId(), position, study -> study.decided(true, event.reference()));
    }

    @EventHandler
    void on(StudyRejectedEvent event, LogPosition position) {
        change(event.studyId(), position, study -> study.decided(false, event.reference()));
    }

    @EventHandler
    void on(StudyLaunchedEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.studyId(), position, study -> study.launched(new StudyView.Launch(
                event.leadCentre(), event.participatingCentres(), event.milestones(), at)));
    }

    @EventHandler
    void on(StudyProgressReportedEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.studyId(), position, study -> study.reported(new StudyView.ProgressReport(
                event.text(), event.milestoneId(), event.reportedBy(), at)));
    }

    @EventHandler
    void on(StudyFolderOpenedEvent event, LogPosition position) {
        change(event.studyId(), position, study -> study.withFolder(new StudyView.Folder(event.spaceId(), event.folderId())));
    }

    @EventHandler
    void on(StudyResultsDeliveredEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.studyId(), position, study -> study.delivered(new StudyView.Results(event.documentIds(), event.summary(), at)));
    }

    @EventHandler
    void on(TechnicalCommitteeInformedEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.studyId(), position, study -> study.informed(new StudyView.Information(
                event.plannedAudiences(), event.means(), event.meetingId(), at, null)));
    }

    @EventHandler
    void on(StudyResultsSentToReadEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.studyId(), position, study -> study.informed(new StudyView.Information(
                event.plannedAudiences(), event.means(), null, at, event.committeeId())));
    }

    @EventHandler
    void on(StudyDisseminatedEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.studyId(), position, study -> study.disseminated(new StudyView.Dissemination(event.audience(), event.means(), at)));
    }

    @EventHandler
    void on(StudyQuestionRaisedEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.studyId(), position, study -> study.questioned(new StudyView.Arbitration(
                event.decisionId(), event.subject(), event.raisedBy(), at, null, null)));
    }

    @EventHandler
    void on(StudyArbitrationSettledEvent event, LogPosition position) {
        change(event.studyId(), position, study -> study.settled(event.decisionId(), event.approved(), event.reference()));
    }

    private void change(String studyId, LogPosition position, UnaryOperator<StudyView> change) {
        views.find(studyId).filter(study -> !position.notAfter(study.position()))
                           .ifPresent(study -> save(change.apply(study), position));
    }

    private void save(StudyView study, LogPosition position) {
        views.save(position.known() ? study.at(position.value()) : study, position);
    }
}
