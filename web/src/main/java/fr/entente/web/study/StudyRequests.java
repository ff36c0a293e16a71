package fr.entente.web.study;

import fr.entente.study.api.Audience;
import fr.entente.study.api.DataSource;
import fr.entente.study.api.Milestone;
import fr.entente.study.api.QuestionSubject;

import fr.entente.web.validation.OneLine;
import fr.entente.web.validation.PlainText;
import fr.entente.web.validation.Title;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a person sends to the studies, through the API or the pages. */
public final class StudyRequests {

    private StudyRequests() {
    }

    /** The title a label on one line, without markup; the rest checked by the study (its refusals). */
    public record NewStudy(@Title String title, String question, List<DataSource> dataSources, List<String> departments,
                           List<String> requestingCentres, String deliverables, LocalDate expectedBy, String meetingId,
                           String proposalId, String requestId) {
    }

    /** The technical committee that validates (or arbitrates), and the deadline of its arbitration by e-mail. */
    public record ToTheCommittee(String bodyId, Instant deadline) {
    }

    public record Launch(String leadCentre, List<String> participatingCentres, List<Milestone> milestones) {
    }

    public record Progress(String text, String milestoneId) {
    }

    public record Results(List<String> documentIds, String summary) {
    }

    public record CommitteeInformation(List<Audience> plannedAudiences, @OneLine @PlainText String means, String meetingId) {
    }

    /**
     * The results sent "à lire" to the members of that technical committee, with the planned dissemination; those who
     * have not opened them are reminded after {@code remindAfterHours} (72 unless said).
     */
    public record ResultsToRead(String bodyId, List<Audience> plannedAudiences, @OneLine @PlainText String means,
                                Integer remindAfterHours) {
    }

    public record Dissemination(Audience audience, @OneLine @PlainText String means) {
    }

    public record Question(String bodyId, QuestionSubject subject, String question, Instant deadline) {
    }
}
