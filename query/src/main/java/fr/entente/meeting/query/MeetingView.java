package fr.entente.meeting.query;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A meeting as its pages show it, in parts that change separately: its schedule, its agenda, what is recorded while it
 * is held, its minutes. Read as one flat JSON object. Dates and times are local to Europe/Paris. {@code items} are in
 * agenda order; {@code publishedVersion} is 0 until the agenda is published; {@code notes} are grouped by item in
 * agenda order (notes on an item no longer on the agenda last), blocks in reading order, a conflicting copy right
 * after its original; {@code position} is the global sequence of the last event applied (0 when unknown).
 * <p>
 * Only {@link MeetingProjection} changes it, through its parts' small methods.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class MeetingView {

    @JsonUnwrapped
    final ScheduleView schedule;
    @JsonUnwrapped
    final AgendaView agenda;
    @JsonUnwrapped
    final LiveRecordView record;
    MinutesView minutes = MinutesView.NONE;
    /** The documents annexed to the minutes, in the order annexed; hidden with the minutes. */
    List<MinutesAnnexView> annexes = new ArrayList<>();
    Instant lastModified;
    long position;

    MeetingView() {
        this(new ScheduleView(), new AgendaView(), new LiveRecordView());
    }

    private MeetingView(ScheduleView schedule, AgendaView agenda, LiveRecordView record) {
        this.schedule = schedule;
        this.agenda = agenda;
        this.record = record;
    }

    /**
     * Groups the notes by item in agenda order (items since removed last), keeping the reading order within an item,
     * as readers expect them; done once per change rather than at every read.
     */
    void groupNotesByItem() {
        record.notes.sort(Comparator.comparingInt(block -> agenda.rankOf(block.itemId())));
    }

    /** The meeting as lists show it. */
    public MeetingSummary summary() {
        return new MeetingSummary(meetingId(), cooperationId(), bodyId(), seriesId(), title(), date(), startTime(),
                                  endTime(), place(), videoLink(), status(), cancelReason(), minutes.status(),
                                  publishedVersion(), sequence(), lastModified);
    }

    /**
     * The meeting as a member who does not manage it sees it: minutes only once published, never a draft or minutes
     * awaiting approval.
     */
    public MeetingView withMinutesOnlyIfPublished() {
        if (minutes.status() == MinutesStatus.NONE || minutes.status() == MinutesStatus.PUBLISHED) {
            return this;
        }
        MeetingView seen = new MeetingView(schedule, agenda, record);
        seen.minutes = MinutesView.NONE;
        seen.annexes = new ArrayList<>();
        seen.lastModified = lastModified;
        seen.position = position;
        return seen;
    }

    /**
     * The meeting as a body it reports to reads it once its minutes are published: the schedule, the agenda, the
     * attendance, the record of proposals, the actions and the published minutes; never the members' requests nor
     * the notes, which are the body's working tools. Empty while the minutes are not published.
     */
    public Optional<MeetingView> publishedRecord() {
        if (minutes.status() != MinutesStatus.PUBLISHED) {
            return Optional.empty();
        }
        MeetingView record = new MeetingView(schedule, agenda.withoutRequests(), this.record.withoutNotes());
        record.minutes = minutes;
        record.annexes = annexes;
        record.lastModified = lastModified;
        record.position = position;
        return Optional.of(record);
    }

    public String meetingId() { return schedule.meetingId; }
    public String cooperationId() { return schedule.cooperationId; }
    public String bodyId() { return schedule.bodyId; }
    public String seriesId() { return schedule.seriesId; }
    public String title() { return schedule.title; }
    public LocalDate date() { return schedule.date; }
    public LocalTime startTime() { return schedule.startTime; }
    public LocalTime endTime() { return schedule.endTime; }
    public String place() { return schedule.place; }
    public String videoLink() { return schedule.videoLink; }
    public MeetingStatus status() { return schedule.status; }
    public String cancelReason() { return schedule.cancelReason; }
    public Instant startedAt() { return schedule.startedAt; }
    public Instant endedAt() { return schedule.endedAt; }
    public int sequence() { return schedule.sequence; }

    public Instant requestDeadline() { return agenda.requestDeadline; }
    public List<AgendaRequestView> requests() { return List.copyOf(agenda.requests); }
    public List<AgendaItemView> items() { return List.copyOf(agenda.items); }
    public int publishedVersion() { return agenda.publishedVersion; }
    public Instant publishedAt() { return agenda.publishedAt; }
    public List<AgendaAmendmentView> amendments() { return List.copyOf(agenda.amendments); }

    public List<AttendanceView> attendance() { return List.copyOf(record.attendance); }
    public String currentItemId() { return record.currentItemId; }
    public List<ProposalView> proposals() { return List.copyOf(record.proposals); }
    public List<ActionItemView> actions() { return List.copyOf(record.actions); }

    public List<NoteBlockView> notes() { return List.copyOf(record.notes); }

    public MinutesView minutes() { return minutes; }
    /** The documents attached to the items, by item id. */
    public Map<String, List<String>> attachments() { return Map.copyOf(agenda.attachments); }
    public List<MinutesAnnexView> annexes() { return List.copyOf(annexes); }
    public Instant lastModified() { return lastModified; }
    public long position() { return position; }
}
