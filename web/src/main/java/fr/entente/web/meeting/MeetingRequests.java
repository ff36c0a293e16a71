package fr.entente.web.meeting;

import fr.entente.cooperation.api.CooperationLimits;
import fr.entente.meeting.api.AgendaItemPurpose;
import fr.entente.meeting.api.AttendanceStatus;
import fr.entente.meeting.api.MeetingLimits;
import fr.entente.meeting.api.MinutesApprovalMode;
import fr.entente.meeting.api.ProposalOutcome;
import fr.entente.meeting.api.RecurrenceFrequency;
import fr.entente.web.validation.PartId;
import fr.entente.web.validation.Place;
import fr.entente.web.validation.PlainText;
import fr.entente.web.validation.Title;
import fr.entente.web.validation.VideoLink;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The bodies of the meetings' write requests. Unknown fields are refused (400), as are values that do not read
 * (a date, an hour, a choice outside its list: 400 naming the field); the constraints below answer 422 with every
 * field at fault, in the reader's language ({@code valid.*} in {@code refusals*.properties}), within the limits of
 * {@link MeetingLimits}. The aggregate checks what depends on the meeting (its phase, its agenda, who acts) and on
 * the values together (the end after the start, a place or a link…), in the same problem format.
 * <p>
 * Titles and places are labels: {@link PlainText}, no {@code <} or {@code >}. Free texts (descriptions, reasons,
 * notes, minutes, proposals, actions, amendments) may contain them ("moins de 50 agents" is often written
 * "< 50 agents", an arrow "->"): they are stored as typed, and every page escapes what it shows. A video link must
 * be an http(s) address, never a {@code javascript:} one, since the pages make it a link.
 * <p>
 * Meetings and series are identified by the hub (a UUID). The identifiers of what a meeting holds (a request's, an
 * item's…), which are the meeting's own, may be chosen by the client, and are optional: the hub then chooses a UUID.
 */
public final class MeetingRequests {

    private MeetingRequests() {
    }

    /**
     * One meeting of a body, outside any series. Its identifier is the hub's choice, never the client's: a client
     * that could choose one would learn, from a refusal, that another cooperation holds it.
     */
    public record NewMeeting(
            @NotBlank(message = "{valid.meeting.title.blank}") @Title String title,
            @NotNull(message = "{valid.meeting.date.missing}") LocalDate date,
            @NotNull(message = "{valid.start-time.missing}") LocalTime startTime,
            @NotNull(message = "{valid.end-time.missing}") LocalTime endTime,
            @Place String place,
            @VideoLink String videoLink) {
    }

    /** When a series' meetings recur: MONTHLY uses {@code ordinal} (1 to 4, -1 the last), WEEKLY {@code everyWeeks}. */
    public record RecurrenceRequest(
            @NotNull(message = "{valid.recurrence.frequency.missing}") RecurrenceFrequency frequency,
            @NotNull(message = "{valid.recurrence.day.missing}") DayOfWeek dayOfWeek,
            @Range(min = -1, max = 4, message = "{valid.recurrence.ordinal}") Integer ordinal,
            @Range(min = 0, max = MeetingLimits.EVERY_WEEKS, message = "{valid.recurrence.every-weeks}")
            Integer everyWeeks) {
    }

    /**
     * A body's meetings on a recurrence; the hub chooses the series' identifier, and each meeting gets
     * {@code <seriesId>-<yyyy-MM-dd>}.
     */
    public record NewMeetingSeries(
            @NotBlank(message = "{valid.series.title.blank}") @Title String title,
            @NotNull(message = "{valid.recurrence.missing}") @Valid RecurrenceRequest recurrence,
            @NotNull(message = "{valid.first-date.missing}") LocalDate firstDate,
            @NotNull(message = "{valid.last-date.missing}") LocalDate lastDate,
            @NotNull(message = "{valid.start-time.missing}") LocalTime startTime,
            @NotNull(message = "{valid.end-time.missing}") LocalTime endTime,
            @Place String place,
            @VideoLink String videoLink) {
    }

    /** A meeting's new date, times and place, all given again. */
    public record MeetingMove(
            @NotNull(message = "{valid.move.date.missing}") LocalDate date,
            @NotNull(message = "{valid.start-time.missing}") LocalTime startTime,
            @NotNull(message = "{valid.end-time.missing}") LocalTime endTime,
            @Place String place,
            @VideoLink String videoLink) {
    }

    /** Why a meeting is cancelled or a request declined: shown to the members concerned. */
    public record Reason(@fr.entente.web.validation.Reason String reason) {
    }

    public record Deadline(@NotNull(message = "{valid.deadline.missing}") Instant deadline) {
    }

    /** An item a member asks for, on behalf of their organisation; {@code requestId} may be left out. */
    public record NewAgendaRequest(
            @PartId String requestId,
            @NotBlank(message = "{valid.item.title.blank}") @Title String title,
            @NotNull(message = "{valid.purpose.missing}") AgendaItemPurpose purpose,
            @Size(max = MeetingLimits.DESCRIPTION, message = "{valid.description.size}") String description,
            @Range(min = 1, max = MeetingLimits.ITEM_MINUTES, message = "{valid.expected-minutes}")
            Integer expectedMinutes) {
    }

    /** An item of the officer's or convenor's own; {@code itemId} may be left out. */
    public record NewAgendaItem(
            @PartId String itemId,
            @NotBlank(message = "{valid.item.title.blank}") @Title String title,
            @NotNull(message = "{valid.purpose.missing}") AgendaItemPurpose purpose,
            @Size(max = MeetingLimits.DESCRIPTION, message = "{valid.description.size}") String description,
            @Range(min = 1, max = MeetingLimits.ITEM_MINUTES, message = "{valid.expected-minutes}")
            Integer expectedMinutes) {
    }

    /** A referral waiting for the meeting's body, to put among this meeting's requests: the proposal and its meeting. */
    public record ReferralPlacement(
            @NotBlank(message = "{valid.referral.meeting-id.blank}")
            @Size(max = MeetingLimits.MEETING_ID, message = "{valid.referral.meeting-id.size}") String fromMeetingId,
            @NotBlank(message = "{valid.referral.proposal-id.blank}")
            @Size(max = MeetingLimits.PART_ID, message = "{valid.referral.proposal-id.size}") String proposalId) {
    }

    /** One request put on the agenda, or several merged into one item; {@code title} left out keeps the first's. */
    public record RequestsAcceptance(
            @PartId String itemId,
            @NotEmpty(message = "{valid.request-ids.empty}")
            @Size(max = MeetingLimits.MERGED_REQUESTS, message = "{valid.request-ids.size}")
            List<@NotBlank(message = "{valid.request-ids.blank}")
                 @Size(max = MeetingLimits.PART_ID, message = "{valid.request-ids.id-size}") String> requestIds,
            @Title String title) {
    }

    public record AgendaOrder(
            @NotEmpty(message = "{valid.item-ids.empty}")
            @Size(max = MeetingLimits.AGENDA_ITEMS, message = "{valid.item-ids.size}")
            List<@NotBlank(message = "{valid.item-ids.blank}")
                 @Size(max = MeetingLimits.PART_ID, message = "{valid.item-ids.id-size}") String> itemIds) {
    }

    public record Attendance(
            @NotNull(message = "{valid.attendance.status.missing}") AttendanceStatus status,
            @Size(max = CooperationLimits.PERSON_ID, message = "{valid.represented-by.size}") String representedBy) {
    }

    /** The whole attendance sheet: one line per member; a line without a status is left as it is. */
    public record AttendanceSheet(
            @NotNull(message = "{valid.attendance.entries.missing}")
            @Size(max = MeetingLimits.ATTENDANCE_LINES, message = "{valid.attendance.entries.size}")
            List<@Valid AttendanceLine> entries) {
    }

    public record AttendanceLine(
            @NotBlank(message = "{valid.attendance.person.blank}")
            @Size(max = CooperationLimits.PERSON_ID, message = "{valid.attendance.person.size}") String personId,
            AttendanceStatus status,
            @Size(max = CooperationLimits.PERSON_ID, message = "{valid.represented-by.size}") String representedBy) {
    }

    public record CurrentItem(
            @NotBlank(message = "{valid.item-id.blank}")
            @Size(max = MeetingLimits.PART_ID, message = "{valid.item-id.size}") String itemId) {
    }

    /**
     * A block of notes: {@code itemId} for a new block; {@code baseVersion}, the version the author started from,
     * for an existing one. The text may be empty (a conflicting copy emptied once reconciled).
     */
    public record NoteBlock(
            @Size(max = MeetingLimits.PART_ID, message = "{valid.item-id.size}") String itemId,
            @Min(value = 1, message = "{valid.note.base-version}") Integer baseVersion,
            @NotNull(message = "{valid.note.text.missing}")
            @Size(max = MeetingLimits.NOTE_BLOCK, message = "{valid.note.text.size}") String text) {
    }

    /** A proposal made on an item and its outcome; {@code referredToBodyId} if and only if REFERRED. */
    public record NewProposal(
            @PartId String proposalId,
            @NotBlank(message = "{valid.proposal.item-id.blank}")
            @Size(max = MeetingLimits.PART_ID, message = "{valid.item-id.size}") String itemId,
            @Size(max = CooperationLimits.PERSON_ID, message = "{valid.proposed-by-person.size}")
            String proposedByPersonId,
            @Size(max = CooperationLimits.ORGANISATION_ID, message = "{valid.proposed-by-organisation.size}")
            String proposedByOrganisationId,
            @NotBlank(message = "{valid.proposal.text.blank}")
            @Size(max = MeetingLimits.PROPOSAL, message = "{valid.proposal.text.size}") String text,
            @NotNull(message = "{valid.outcome.missing}") ProposalOutcome outcome,
            @Size(max = CooperationLimits.BODY_ID, message = "{valid.referred-to.size}") String referredToBodyId) {
    }

    public record OutcomeChange(
            @NotNull(message = "{valid.outcome.missing}") ProposalOutcome outcome,
            @Size(max = CooperationLimits.BODY_ID, message = "{valid.referred-to.size}") String referredToBodyId) {
    }

    /** An action decided on an item: what, by when, and exactly one owner (an organisation or a person). */
    public record NewActionItem(
            @PartId String actionId,
            @NotBlank(message = "{valid.action.item-id.blank}")
            @Size(max = MeetingLimits.PART_ID, message = "{valid.item-id.size}") String itemId,
            @NotBlank(message = "{valid.action.what.blank}")
            @Size(max = MeetingLimits.ACTION, message = "{valid.action.what.size}") String what,
            @Size(max = CooperationLimits.ORGANISATION_ID, message = "{valid.owner-organisation.size}")
            String ownerOrganisationId,
            @Size(max = CooperationLimits.PERSON_ID, message = "{valid.owner-person.size}") String ownerPersonId,
            @NotNull(message = "{valid.action.due-date.missing}") LocalDate dueDate) {
    }

    public record MinutesEdit(
            @NotNull(message = "{valid.minutes.base-version.missing}")
            @Min(value = 1, message = "{valid.minutes.base-version}") Integer baseVersion,
            @NotBlank(message = "{valid.minutes.text.blank}")
            @Size(max = MeetingLimits.MINUTES, message = "{valid.minutes.text.size}") String text) {
    }

    /** Who approves: the convenor alone, or the body during a later meeting that is live ({@code atMeetingId}). */
    public record Approval(
            @NotNull(message = "{valid.approval.mode.missing}") MinutesApprovalMode mode,
            @Size(max = MeetingLimits.MEETING_ID, message = "{valid.at-meeting.size}") String atMeetingId) {
    }

    public record NewAmendment(
            @PartId String amendmentId,
            @NotBlank(message = "{valid.amendment.text.blank}")
            @Size(max = MeetingLimits.AMENDMENT, message = "{valid.amendment.text.size}") String text) {
    }

    /** A document of the document space, named by its identifier: an agenda item's attachment or an annex of the minutes. */
    public record DocumentReference(
            @NotBlank(message = "{valid.document-id.blank}")
            @Size(max = MeetingLimits.DOCUMENT_ID, message = "{valid.document-id.size}") String documentId) {
    }
}
