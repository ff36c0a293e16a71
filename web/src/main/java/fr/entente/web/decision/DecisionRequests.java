package fr.entente.web.decision;

import fr.entente.decision.api.ConcernKind;
import fr.entente.decision.api.DecisionLimits;
import fr.entente.decision.api.DecisionMode;
import fr.entente.decision.api.Majority;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * The bodies of the decisions' write requests. Unknown fields are refused (400); the aggregate checks the rest (an
 * empty question, a deadline too soon, an option not offered…) and answers in the problem format, naming the field.
 * The question and options are labels shown as typed and escaped by every page; the text is Markdown, rendered and
 * sanitised where it is shown.
 */
public final class DecisionRequests {

    private DecisionRequests() {
    }

    /** A decision of a body. {@code options} empty: pour, contre, abstention. The hub chooses the identifier. */
    public record NewDecision(@Size(max = DecisionLimits.QUESTION, message = "{valid.decision.question.size}") String question,
                              @Size(max = DecisionLimits.TEXT, message = "{valid.decision.text.size}") String text,
                              List<String> options, ConcernKind concernKind, String concernReference, Integer quorum,
                              Majority majority, DecisionMode mode, Instant deadline, String meetingId,
                              boolean partnersVote) {
    }

    public record Vote(String option) {
    }

    /** A present centre's vote, given at the meeting, that the officer records. */
    public record RecordedVote(String organisationId, String option) {
    }

    public record Delegate(String delegateId) {
    }

    public record Annulment(@Size(max = DecisionLimits.REASON, message = "{valid.decision.reason.size}") String reason) {
    }
}
