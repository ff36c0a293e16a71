package fr.entente.web.study;

import fr.entente.meeting.query.AgendaRequestView;
import fr.entente.meeting.query.MeetingView;
import fr.entente.meeting.query.ProposalView;
import fr.entente.web.meeting.MeetingAccess;
import fr.entente.web.security.CooperationAccess;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static fr.entente.study.api.StudyRefusedException.refused;
import static fr.entente.study.api.StudyRefusal.ORIGIN_UNKNOWN;

/**
 * Where a study comes from: a meeting of the cooperation that the proposer sees, and in it an agenda request or a
 * recorded proposal. The ids a proposal carries are checked here, before the command is sent: a meeting of another
 * cooperation, or one the person does not sit in, is as unknown as a made-up id.
 */
@Component
public class StudyOrigins {

    /** What the study came from, to show on its page and to fill the proposal's form: a title and a text. */
    public record Origin(MeetingView meeting, String title, String text) {

        /** The request's or proposal's own words, as the study's page quotes them. */
        public String requestOrProposalText() {
            return text != null && !text.isBlank() ? text : title;
        }
    }

    private final MeetingAccess meetings;
    private final CooperationAccess cooperations;

    StudyOrigins(MeetingAccess meetings, CooperationAccess cooperations) {
        this.meetings = meetings;
        this.cooperations = cooperations;
    }

    /** The origin named by these ids, checked; empty when no meeting is named; refused when one is unknown. */
    public Optional<Origin> checked(String cooperationId, String meetingId, String proposalId, String requestId) {
        if (blank(meetingId)) {
            if (!blank(proposalId) || !blank(requestId)) {
                throw refused(ORIGIN_UNKNOWN);
            }
            return Optional.empty();
        }
        String personId = cooperations.membershipIn(cooperationId).personId();
        MeetingView meeting = meetings.seenBy(personId, cooperationId, meetingId.strip())
                                      .orElseThrow(() -> refused(ORIGIN_UNKNOWN)).meeting();
        // both are checked when both are named (a proposal recorded on a request): neither is taken on trust
        Optional<ProposalView> proposal = blank(proposalId) ? Optional.empty() : Optional.of(
                meeting.proposals().stream().filter(candidate -> candidate.proposalId().equals(proposalId.strip()))
                       .findFirst().orElseThrow(() -> refused(ORIGIN_UNKNOWN)));
        Optional<AgendaRequestView> request = blank(requestId) ? Optional.empty() : Optional.of(
                meeting.requests().stream().filter(candidate -> candidate.requestId().equals(requestId.strip()))
                       .findFirst().orElseThrow(() -> refused(ORIGIN_UNKNOWN)));
        if (proposal.isPresent()) {
            return Optional.of(new Origin(meeting, firstLine(proposal.get().text()), proposal.get().text()));
        }
        if (request.isPresent()) {
            return Optional.of(new Origin(meeting, request.get().title(), request.get().description()));
        }
        return Optional.of(new Origin(meeting, null, null));
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip().lines().findFirst().orElse("");
        return line.length() <= 200 ? line : line.substring(0, 199) + "…";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
