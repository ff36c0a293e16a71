package fr.entente.meeting.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting as its page shows it. Dates and times are local to Europe/Paris. {@code items} are in agenda order;
 * {@code publishedVersion} is 0 until the agenda is published; {@code notes} are grouped by item in agenda order
 * (notes on an item no longer on the agenda last), blocks in reading order, a conflicting copy right after its
 * original. {@code sequence} grows at every change of date, time, place or status (iCalendar SEQUENCE);
 * {@code position} is the global sequence of the last event applied (0 when unknown).
 */
public record MeetingView(String meetingId, String cooperationId, String bodyId, String seriesId, String title,
                          LocalDate date, LocalTime startTime, LocalTime endTime, String place, String videoLink,
                          MeetingStatus status, String cancelReason, Instant requestDeadline,
                          List<AgendaRequestView> requests, List<AgendaItemView> items, int publishedVersion,
                          Instant publishedAt, List<AgendaAmendmentView> amendments, List<AttendanceView> attendance,
                          String currentItemId, List<NoteBlockView> notes, List<ProposalView> proposals,
                          List<ActionItemView> actions, MinutesView minutes, Instant startedAt, Instant endedAt,
                          int sequence, Instant lastModified, long position) {

    public MeetingView {
        requests = listOf(requests);
        items = listOf(items);
        amendments = listOf(amendments);
        attendance = listOf(attendance);
        notes = listOf(notes);
        proposals = listOf(proposals);
        actions = listOf(actions);
        minutes = minutes == null ? MinutesView.NONE : minutes;
    }

    /** The meeting as lists show it. */
    public MeetingSummary summary() {
        return new MeetingSummary(meetingId, cooperationId, bodyId, seriesId, title, date, startTime, endTime, place,
                                  videoLink, status, cancelReason, minutes.status(), publishedVersion, sequence,
                                  lastModified);
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
