package fr.entente.web.study;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.decision.api.Concern;
import fr.entente.decision.api.ConcernKind;
import fr.entente.decision.api.DecisionLimits;
import fr.entente.decision.api.DecisionMode;
import fr.entente.decision.api.OpenDecisionCommand;
import fr.entente.infra.audit.Actor;
import fr.entente.study.api.Audience;
import fr.entente.study.api.DeliverStudyResultsCommand;
import fr.entente.study.api.SendStudyResultsToReadCommand;
import fr.entente.study.api.DisseminateStudyCommand;
import fr.entente.study.api.InformTechnicalCommitteeCommand;
import fr.entente.study.api.LaunchStudyCommand;
import fr.entente.study.api.ProposeStudyCommand;
import fr.entente.study.api.QuestionSubject;
import fr.entente.study.api.RaiseStudyQuestionCommand;
import fr.entente.study.api.ReportStudyProgressCommand;
import fr.entente.study.api.StudyRefusal;
import fr.entente.study.api.StudyRoster;
import fr.entente.study.api.StudyStage;
import fr.entente.study.api.SubmitStudyForValidationCommand;
import fr.entente.study.query.StudyView;
import fr.entente.web.application.PersonCommands;
import fr.entente.web.security.CooperationAccess;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;
import fr.entente.web.document.DocumentWriting;
import java.util.function.Supplier;

import static fr.entente.study.api.StudyRefusedException.refused;

/**
 * The studies' application layer, for the API and the pages alike. Putting a study to the technical committee (its
 * validation, or a director's question on it) opens the committee's decision first, concerning the study, as the hub
 * (the study's officer need not sit in the committee); the study then knows that decision, and takes its outcome
 * when it closes ({@link StudyDecisionOutcomes}). What the study would refuse is checked on its read model before
 * the decision is opened, so that no decision is opened for nothing.
 */
@Component
public class Studies {

    /** The reminder of a sending "à lire" to the committee, unless said: three days, as the documents' form offers. */
    static final int DEFAULT_REMINDER_HOURS = 72;

    private final PersonCommands commands;
    private final StudyAccess access;
    private final CooperationAccess cooperations;
    private final StudyRoster roster;
    private final StudyOrigins origins;
    private final StudyDocuments documents;

    Studies(PersonCommands commands, StudyAccess access, CooperationAccess cooperations, StudyRoster roster,
            StudyOrigins origins, StudyDocuments documents) {
        this.documents = documents;
        this.origins = origins;
        this.commands = commands;
        this.access = access;
        this.cooperations = cooperations;
        this.roster = roster;
    }

    public StudyResults.Proposed propose(String cooperationId, StudyRequests.NewStudy request) {
        origins.checked(cooperationId, request.meetingId(), request.proposalId(), request.requestId());
        String studyId = UUID.randomUUID().toString();
        send(cooperationId, new ProposeStudyCommand(studyId, cooperationId, request.title(), request.question(),
                                                    request.dataSources(), request.departments(),
                                                    request.requestingCentres(), request.deliverables(),
                                                    request.expectedBy(), request.meetingId(), request.proposalId(),
                                                    request.requestId()));
        return new StudyResults.Proposed(studyId, cooperationId);
    }

    public StudyResults.PutToCommittee submitForValidation(String cooperationId, String studyId,
                                                           StudyRequests.ToTheCommittee request) {
        StudyView study = access.seen(cooperationId, studyId);
        if (!roster.managesStudies(cooperationId, personIn(cooperationId))) {
            throw refused(StudyRefusal.MANAGER_REQUIRED);
        }
        if (study.stage() != StudyStage.PROPOSED) {
            throw refused(study.stage() == StudyStage.REJECTED ? StudyRefusal.REJECTED : StudyRefusal.NOT_PROPOSED);
        }
        String decisionId = openInCommittee(cooperationId, request.bodyId(), studyId,
                                            "Valider l'étude « " + study.proposal().title() + " » ?",
                                            study.proposal().question(), request.deadline());
        send(cooperationId, new SubmitStudyForValidationCommand(studyId, decisionId));
        return new StudyResults.PutToCommittee(studyId, decisionId);
    }

    public void launch(String cooperationId, String studyId, StudyRequests.Launch request) {
        access.seen(cooperationId, studyId);
        send(cooperationId, new LaunchStudyCommand(studyId, request.leadCentre(), request.participatingCentres(),
                                                   request.milestones()));
    }

    public void reportProgress(String cooperationId, String studyId, StudyRequests.Progress request) {
        access.seen(cooperationId, studyId);
        send(cooperationId, new ReportStudyProgressCommand(studyId, request.text(), request.milestoneId()));
    }

    /** Results already in the study's folder, named by their document ids. */
    public void deliverResults(String cooperationId, String studyId, StudyRequests.Results request) {
        StudyView study = access.seen(cooperationId, studyId);
        resultsMayBeDelivered(cooperationId, study);
        documents.checkResults(cooperationId, study, request.documentIds());
        send(cooperationId, new DeliverStudyResultsCommand(studyId, request.documentIds(), request.summary()));
        documents.openToTechnicalCommittee(cooperationId, study.folder());
    }

    /** Results sent as files: put up into the study's folder (opened if need be), then delivered. */
    public void deliverFiles(String cooperationId, String studyId, List<DocumentWriting.Upload> files, String summary) {
        StudyView study = access.seen(cooperationId, studyId);
        resultsMayBeDelivered(cooperationId, study);
        if (files.isEmpty()) {
            throw refused(StudyRefusal.DOCUMENTS_REQUIRED);
        }
        StudyView.Folder folder = documents.folderOf(cooperationId, study);
        List<String> documentIds = documents.upload(cooperationId, folder, files);
        send(cooperationId, new DeliverStudyResultsCommand(studyId, documentIds, summary));
        documents.openToTechnicalCommittee(cooperationId, folder);
    }

    /** The study's folder in its working group's document space, opened if it has none yet. */
    public StudyView.Folder folder(String cooperationId, String studyId) {
        StudyView study = access.seen(cooperationId, studyId);
        if (study.folder() == null) {
            resultsMayBeDelivered(cooperationId, study);
        }
        return translated(() -> documents.folderOf(cooperationId, study));
    }

    /** What the study would refuse, checked before a file is stored or a folder created. */
    private void resultsMayBeDelivered(String cooperationId, StudyView study) {
        if (!roster.managesStudies(cooperationId, personIn(cooperationId))) {
            throw refused(StudyRefusal.MANAGER_REQUIRED);
        }
        if (study.stage() != StudyStage.IN_PROGRESS) {
            throw refused(StudyRefusal.NOT_IN_PROGRESS);
        }
    }

    /** {@code meetingId}, if given: the committee's meeting where it was informed, one the person sees in the cooperation. */
    public void informCommittee(String cooperationId, String studyId, StudyRequests.CommitteeInformation request) {
        access.seen(cooperationId, studyId);
        origins.checked(cooperationId, request.meetingId(), null, null);
        send(cooperationId, new InformTechnicalCommitteeCommand(studyId, request.plannedAudiences(), request.means(),
                                                                request.meetingId()));
    }

    /**
     * The results presented to the technical committee by a sending "à lire" to its members: what the study would
     * refuse is checked first on its read model, then each result document is sent to read (the document context's
     * receipts and reminders), then the study records the committee informed.
     */
    public void sendResultsToRead(String cooperationId, String studyId, StudyRequests.ResultsToRead request) {
        StudyView study = access.seen(cooperationId, studyId);
        if (!roster.managesStudies(cooperationId, personIn(cooperationId))) {
            throw refused(StudyRefusal.MANAGER_REQUIRED);
        }
        if (study.stage() != StudyStage.DELIVERED || study.results() == null || study.folder() == null) {
            throw refused(StudyRefusal.RESULTS_NOT_DELIVERED);
        }
        technicalCommittee(cooperationId, request.bodyId());
        if (request.plannedAudiences() == null || request.plannedAudiences().isEmpty()) {
            throw refused(StudyRefusal.AUDIENCES_REQUIRED);
        }
        if (request.means() == null && request.plannedAudiences().stream().anyMatch(Audience::beyondMembers)) {
            throw refused(StudyRefusal.MEANS_REQUIRED);
        }
        int remindAfterHours = request.remindAfterHours() == null ? DEFAULT_REMINDER_HOURS : request.remindAfterHours();
        documents.sendToRead(cooperationId, study, request.bodyId(), remindAfterHours);
        send(cooperationId, new SendStudyResultsToReadCommand(studyId, request.bodyId(), request.plannedAudiences(),
                                                              request.means()));
    }

    public void disseminate(String cooperationId, String studyId, StudyRequests.Dissemination request) {
        access.seen(cooperationId, studyId);
        send(cooperationId, new DisseminateStudyCommand(studyId, request.audience(), request.means()));
    }

    public StudyResults.PutToCommittee raiseQuestion(String cooperationId, String studyId, StudyRequests.Question request) {
        StudyView study = access.seen(cooperationId, studyId);
        if (!roster.sitsInTechnicalCommittee(cooperationId, personIn(cooperationId))) {
            throw refused(StudyRefusal.DIRECTOR_REQUIRED);
        }
        if (request.subject() == null) {
            throw refused(StudyRefusal.SUBJECT_REQUIRED);
        }
        if (study.stage() == StudyStage.REJECTED) {
            throw refused(StudyRefusal.REJECTED);
        }
        String question = request.question() == null || request.question().isBlank()
                ? (request.subject() == QuestionSubject.DISSEMINATION ? "Diffuser" : "Poursuivre")
                  + " l'étude « " + study.proposal().title() + " » ?"
                : request.question().strip();
        String decisionId = openInCommittee(cooperationId, request.bodyId(), studyId, question, null, request.deadline());
        send(cooperationId, new RaiseStudyQuestionCommand(studyId, decisionId, request.subject()));
        return new StudyResults.PutToCommittee(studyId, decisionId);
    }

    /** An arbitration by e-mail of the cooperation's technical committee, concerning the study, opened by the hub. */
    private String openInCommittee(String cooperationId, String bodyId, String studyId, String question, String text,
                                   java.time.Instant deadline) {
        technicalCommittee(cooperationId, bodyId);
        String decisionId = UUID.randomUUID().toString();
        commands.sendAs(Actor.system(cooperationId), new OpenDecisionCommand(
                decisionId, cooperationId, bodyId, cut(question, DecisionLimits.QUESTION),
                text == null ? null : cut(text, DecisionLimits.TEXT), null, new Concern(ConcernKind.STUDY, studyId),
                null, null, DecisionMode.ASYNCHRONOUS, deadline, null, false));
        return decisionId;
    }

    /** A technical committee of the cooperation the person sees; refused, naming {@code bodyId}, otherwise. */
    private void technicalCommittee(String cooperationId, String bodyId) {
        if (bodyId == null || bodyId.isBlank()
            || cooperations.body(cooperationId, bodyId).kind() != BodyKind.TECHNICAL_COMMITTEE) {
            throw refused(StudyRefusal.TECHNICAL_COMMITTEE_REQUIRED);
        }
    }

    private String personIn(String cooperationId) {
        return cooperations.membershipIn(cooperationId).personId();
    }

    private void send(String cooperationId, Object command) {
        translated(() -> commands.send(cooperationId, command));
    }

    private static <R> R translated(Supplier<R> sending) {
        try {
            return sending.get();
        } catch (AggregateNotFoundException unknown) {
            throw refused(StudyRefusal.NOT_FOUND);
        }
    }

    private static String cut(String text, int most) {
        String stripped = text.strip();
        return stripped.length() <= most ? stripped : stripped.substring(0, most - 1).strip() + "…";
    }
}
