package fr.entente.web.meeting;

import fr.entente.meeting.api.AgendaItemPurpose;
import fr.entente.meeting.api.AttendanceStatus;
import fr.entente.meeting.api.MeetingOccurrence;
import fr.entente.meeting.api.ProposalOutcome;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the meetings' write endpoints answer: the identifiers of what was created (chosen by the hub when the client
 * gave none) and the values as the log now holds them. People and organisations are identifiers; the read
 * endpoints resolve names.
 */
public final class MeetingResults {

    private MeetingResults() {
    }

    public record MeetingScheduled(String meetingId, String bodyId, String title, LocalDate date, LocalTime startTime,
                                   LocalTime endTime, String place, String videoLink) {
    }

    /** A series and the meetings it scheduled, one per date, each moved or cancelled alone from now on. */
    public record SeriesPlanned(String seriesId, String bodyId, String title, List<MeetingOccurrence> meetings) {
    }

    public record MeetingMoved(String meetingId, LocalDate date, LocalTime startTime, LocalTime endTime, String place,
                               String videoLink) {
    }

    public record DeadlineSet(String meetingId, Instant deadline) {
    }

    /** A request for an item: who asked, on behalf of which organisation. */
    public record AgendaRequest(String meetingId, String requestId, String requestedBy, String onBehalfOf,
                                String title, AgendaItemPurpose purpose, String description, Integer expectedMinutes) {
    }

    /** An item on the agenda; {@code requestIds} are the requests it came from (none for an officer's own item). */
    public record AgendaItem(String meetingId, String itemId, List<String> requestIds, String title,
                             AgendaItemPurpose purpose, String description, Integer expectedMinutes) {
    }

    public record AgendaOrder(String meetingId, List<String> itemIds) {
    }

    public record AgendaPublished(String meetingId, int version, List<String> itemIds) {
    }

    public record Attendance(String meetingId, String personId, AttendanceStatus status, String representedBy) {
    }

    public record CurrentItem(String meetingId, String itemId) {
    }

    /** How a save of notes ended. */
    public enum NoteOutcome {
        /** The block was created (version 1) or saved over the version its author read. */
        SAVED,
        /** Someone saved the block since its author read it: the text was kept as a new block next to it. */
        CONFLICTING_COPY
    }

    /**
     * A saved block: {@code blockId} and {@code version} are those to edit from now on. For a conflicting copy,
     * {@code conflictsWith} is the block it stands next to, at {@code conflictsWithVersion}.
     */
    public record NoteSaved(String meetingId, String itemId, NoteOutcome outcome, String blockId, int version,
                            String conflictsWith, Integer conflictsWithVersion) {
    }

    public record Proposal(String meetingId, String proposalId, String itemId, String proposedByPersonId,
                           String proposedByOrganisationId, String text, ProposalOutcome outcome,
                           String referredToBodyId) {
    }

    public record ProposalOutcomeChanged(String meetingId, String proposalId, ProposalOutcome outcome,
                                         String referredToBodyId) {
    }

    /** A proposal put to the body's vote: the decision that counts the centres' votes. */
    public record ProposalPutToVote(String meetingId, String proposalId, String decisionId) {
    }

    public record ActionItem(String meetingId, String actionId, String itemId, String what, String ownerOrganisationId,
                             String ownerPersonId, LocalDate dueDate) {
    }

    /** The minutes' text at this version: edit from this version next. */
    public record Minutes(String meetingId, int version, String text) {
    }

    public record Amendment(String meetingId, String amendmentId, String text) {
    }
}
