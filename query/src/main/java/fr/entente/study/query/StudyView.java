package fr.entente.study.query;

import fr.entente.study.api.Audience;
import fr.entente.study.api.DataSource;
import fr.entente.study.api.Milestone;
import fr.entente.study.api.QuestionSubject;
import fr.entente.study.api.StudyStage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A study as its page shows it, and the chain it follows: where it came from (the meeting and its proposal), the
 * decision that validated it and its number, the launch, the progress reports, the results, when the technical
 * committee was informed and of what, the disseminations and the arbitrations. Changes through its withers;
 * {@code position}: the last event of the log applied.
 */
public record StudyView(String studyId, String cooperationId, Proposal proposal, StudyStage stage, Validation validation,
                        Launch launch, List<ProgressReport> progress, Results results, Information information,
                        List<Dissemination> disseminations, List<Arbitration> arbitrations, long position,
                        Folder folder) {

    /** The study's folder of results, in the document space of its working group. */
    public record Folder(String spaceId, String folderId) {
    }

    public record Proposal(String title, String question, List<DataSource> dataSources, List<String> departments,
                           List<String> requestingCentres, String deliverables, LocalDate expectedBy, String meetingId,
                           String proposalId, String requestId, String proposedBy, Instant proposedAt) {
    }

    /** {@code validated}: null while the committee's decision is open. */
    public record Validation(String decisionId, Instant submittedAt, Boolean validated, String reference) {
    }

    public record Launch(String leadCentre, List<String> participatingCentres, List<Milestone> milestones, Instant at) {
    }

    public record ProgressReport(String text, String milestoneId, String reportedBy, Instant at) {
    }

    public record Results(List<String> documentIds, String summary, Instant at) {
    }

    /**
     * How the committee was informed: at its meeting ({@code meetingId}, or none said), or by the results sent "à
     * lire" to the members of {@code sentToReadTo} (a technical committee's id; who has read them is the documents').
     */
    public record Information(List<Audience> plannedAudiences, String means, String meetingId, Instant at,
                              String sentToReadTo) {
    }

    public record Dissemination(Audience audience, String means, Instant at) {
    }

    /** A director's question; {@code approved}: null while its arbitration is open. */
    public record Arbitration(String decisionId, QuestionSubject subject, String raisedBy, Instant raisedAt,
                              Boolean approved, String reference) {

        public boolean open() {
            return approved == null;
        }
    }

    public StudyView {
        progress = List.copyOf(progress);
        disseminations = List.copyOf(disseminations);
        arbitrations = List.copyOf(arbitrations);
    }

    static StudyView proposed(String studyId, String cooperationId, Proposal proposal) {
        return new StudyView(studyId, cooperationId, proposal, StudyStage.PROPOSED, null, null, List.of(), null, null,
                             List.of(), List.of(), -1, null);
    }

    public boolean arbitrationOpen() {
        return arbitrations.stream().anyMatch(Arbitration::open);
    }

    StudyView at(long newPosition) {
        return new StudyView(studyId, cooperationId, proposal, stage, validation, launch, progress, results, information,
                             disseminations, arbitrations, newPosition, folder);
    }

    StudyView submitted(String decisionId, Instant at) {
        return new StudyView(studyId, cooperationId, proposal, StudyStage.UNDER_VALIDATION,
                             new Validation(decisionId, at, null, null), launch, progress, results, information,
                             disseminations, arbitrations, position, folder);
    }

    StudyView decided(boolean validated, String reference) {
        return new StudyView(studyId, cooperationId, proposal, validated ? StudyStage.VALIDATED : StudyStage.REJECTED,
                             new Validation(validation.decisionId(), validation.submittedAt(), validated, reference),
                             launch, progress, results, information, disseminations, arbitrations, position, folder);
    }

    StudyView launched(Launch newLaunch) {
        return new StudyView(studyId, cooperationId, proposal, StudyStage.IN_PROGRESS, validation, newLaunch, progress,
                             results, information, disseminations, arbitrations, position, folder);
    }

    StudyView withFolder(Folder newFolder) {
        return new StudyView(studyId, cooperationId, proposal, stage, validation, launch, progress, results, information,
                             disseminations, arbitrations, position, newFolder);
    }

    StudyView reported(ProgressReport report) {
        return new StudyView(studyId, cooperationId, proposal, stage, validation, launch, plus(progress, report), results,
                             information, disseminations, arbitrations, position, folder);
    }

    StudyView delivered(Results newResults) {
        return new StudyView(studyId, cooperationId, proposal, StudyStage.DELIVERED, validation, launch, progress,
                             newResults, information, disseminations, arbitrations, position, folder);
    }

    StudyView informed(Information newInformation) {
        return new StudyView(studyId, cooperationId, proposal, stage, validation, launch, progress, results,
                             newInformation, disseminations, arbitrations, position, folder);
    }

    StudyView disseminated(Dissemination dissemination) {
        return new StudyView(studyId, cooperationId, proposal, stage, validation, launch, progress, results, information,
                             plus(disseminations, dissemination), arbitrations, position, folder);
    }

    StudyView questioned(Arbitration arbitration) {
        return new StudyView(studyId, cooperationId, proposal, stage, validation, launch, progress, results, information,
                             disseminations, plus(arbitrations, arbitration), position, folder);
    }

    StudyView settled(String decisionId, boolean approved, String reference) {
        UnaryOperator<Arbitration> settle = arbitration -> arbitration.decisionId().equals(decisionId)
                ? new Arbitration(decisionId, arbitration.subject(), arbitration.raisedBy(), arbitration.raisedAt(),
                                  approved, reference)
                : arbitration;
        return new StudyView(studyId, cooperationId, proposal, stage, validation, launch, progress, results, information,
                             disseminations, arbitrations.stream().map(settle).toList(), position, folder);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }
}
