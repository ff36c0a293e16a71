package fr.entente.meeting.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdateJournal;
import fr.entente.meeting.api.ActionItemRecordedEvent;
import fr.entente.meeting.api.AgendaItemAddedEvent;
import fr.entente.meeting.api.AgendaItemRemovedEvent;
import fr.entente.meeting.api.AgendaItemRequestDeclinedEvent;
import fr.entente.meeting.api.AgendaItemRequestedEvent;
import fr.entente.meeting.api.AgendaItemRequestsAcceptedEvent;
import fr.entente.meeting.api.AgendaPublishedEvent;
import fr.entente.meeting.api.AgendaReorderedEvent;
import fr.entente.meeting.api.AgendaRequestDeadlineSetEvent;
import fr.entente.meeting.api.AttendanceRecordedEvent;
import fr.entente.meeting.api.CurrentAgendaItemChangedEvent;
import fr.entente.meeting.api.MeetingCancelledEvent;
import fr.entente.meeting.api.MeetingEndedEvent;
import fr.entente.meeting.api.MeetingMovedEvent;
import fr.entente.meeting.api.MeetingScheduledEvent;
import fr.entente.meeting.api.MeetingStartedEvent;
import fr.entente.meeting.api.MinutesAmendmentApprovedEvent;
import fr.entente.meeting.api.MinutesAmendmentProposedEvent;
import fr.entente.meeting.api.MinutesApprovedEvent;
import fr.entente.meeting.api.MinutesDraftedEvent;
import fr.entente.meeting.api.MinutesEditedEvent;
import fr.entente.meeting.api.MinutesPublishedEvent;
import fr.entente.meeting.api.MinutesSubmittedEvent;
import fr.entente.meeting.api.NoteBlockSavedEvent;
import fr.entente.meeting.api.NoteEditConflictedEvent;
import fr.entente.meeting.api.ProposalOutcomeChangedEvent;
import fr.entente.meeting.api.ProposalRecordedEvent;
import fr.entente.meeting.api.PublishedAgendaAmendedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;

/**
 * The meetings as their pages show them, one document per meeting in the {@value #COLLECTION} collection:
 * {@code {_id: meetingId, cooperationId, bodyId, date, startTime, position, view: <MeetingView as JSON>,
 * summary: <MeetingSummary as JSON>}}. Each event reads the view, changes it in Java ({@link MeetingRecord}) and
 * replaces the document.
 * <p>
 * Idempotent: the document keeps the position of the last event applied, and an event at that position or before
 * (redelivered, or replayed over a document not reset) is skipped. An event with no position (not read from the log)
 * is applied.
 * <p>
 * Live: the meeting's page follows {@link LiveTopics#meeting} (type {@code meeting}, the {@link MeetingView}) after
 * every change; the body's list follows {@link LiveTopics#bodyMeetings} (type {@code meetings}, its summaries) after
 * a change of a summary.
 */
@Component
@ProcessingGroup("meetings")
public class MeetingProjection {

    static final String COLLECTION = "meetings";

    private static final String ID = "_id";
    private static final String COOPERATION_ID = "cooperationId";
    private static final String BODY_ID = "bodyId";
    private static final String DATE = "date";
    private static final String START_TIME = "startTime";
    private static final String POSITION = "position";
    private static final String VIEW = "view";
    private static final String SUMMARY = "summary";
    private static final String ACTOR = "actorId";
    private static final String POSITION_KEY = LiveUpdateJournal.POSITION_METADATA;

    private static final Comparator<MeetingSummary> CHRONOLOGICAL =
            Comparator.comparing(MeetingSummary::date, Comparator.nullsLast(Comparator.naturalOrder()))
                      .thenComparing(MeetingSummary::startTime, Comparator.nullsLast(Comparator.naturalOrder()))
                      .thenComparing(MeetingSummary::meetingId);

    private final MongoCollection<Document> meetings;
    private final LiveUpdateJournal live;
    private final Serializer serializer;

    public MeetingProjection(MongoDatabase database, LiveUpdateJournal live, Serializer serializer) {
        this.meetings = database.getCollection(COLLECTION);
        this.live = live;
        this.serializer = serializer;
        meetings.createIndex(Indexes.ascending(COOPERATION_ID, BODY_ID, DATE));
    }

    // The schedule

    @EventHandler
    public void on(MeetingScheduledEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, true, meeting -> {
            meeting.meetingId = event.meetingId();
            meeting.cooperationId = event.cooperationId();
            meeting.bodyId = event.bodyId();
            meeting.seriesId = event.seriesId();
            meeting.title = event.title();
            meeting.date = event.date();
            meeting.startTime = event.startTime();
            meeting.endTime = event.endTime();
            meeting.place = event.place();
            meeting.videoLink = event.videoLink();
        });
    }

    @EventHandler
    public void on(MeetingMovedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> {
            meeting.date = event.date();
            meeting.startTime = event.startTime();
            meeting.endTime = event.endTime();
            meeting.place = event.place();
            meeting.videoLink = event.videoLink();
            meeting.changedInCalendars();
        });
    }

    @EventHandler
    public void on(MeetingCancelledEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> {
            meeting.status = MeetingStatus.CANCELLED;
            meeting.cancelReason = event.reason();
            meeting.changedInCalendars();
        });
    }

    @EventHandler
    public void on(MeetingStartedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> {
            meeting.status = MeetingStatus.LIVE;
            meeting.startedAt = at;
            meeting.changedInCalendars();
        });
    }

    @EventHandler
    public void on(MeetingEndedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> {
            meeting.status = MeetingStatus.ENDED;
            meeting.endedAt = at;
            meeting.changedInCalendars();
        });
    }

    // The agenda

    @EventHandler
    public void on(AgendaRequestDeadlineSetEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.requestDeadline = event.deadline());
    }

    @EventHandler
    public void on(AgendaItemRequestedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.request(new AgendaRequestView(
                event.requestId(), event.title(), event.purpose(), event.description(), event.expectedMinutes(),
                event.requestedBy(), event.onBehalfOf(), RequestStatus.PENDING, null, null, at)));
    }

    @EventHandler
    public void on(AgendaItemRequestsAcceptedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.acceptRequests(
                event.itemId(), event.requestIds(), event.title(), event.purpose(), event.expectedMinutes()));
    }

    @EventHandler
    public void on(AgendaItemRequestDeclinedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.declineRequest(event.requestId(), event.reason()));
    }

    @EventHandler
    public void on(AgendaItemAddedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.addItem(new AgendaItemView(
                event.itemId(), event.title(), event.purpose(), event.description(), event.expectedMinutes(), List.of(),
                meeting.publishedVersion > 0)));
    }

    @EventHandler
    public void on(AgendaItemRemovedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.removeItem(event.itemId()));
    }

    @EventHandler
    public void on(AgendaReorderedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.order(event.itemIds()));
    }

    @EventHandler
    public void on(AgendaPublishedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> {
            meeting.order(event.itemIds());
            meeting.publishedVersion = event.publishedVersion();
            meeting.publishedAt = at;
        });
    }

    @EventHandler
    public void on(PublishedAgendaAmendedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.amend(event.amendment(), event.change(), event.itemId(),
                                                                         event.itemIds(), at));
    }

    // The live record

    @EventHandler
    public void on(AttendanceRecordedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.attend(event.personId(), event.status(), event.representedBy()));
    }

    @EventHandler
    public void on(CurrentAgendaItemChangedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.currentItemId = event.itemId());
    }

    @EventHandler
    public void on(NoteBlockSavedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.saveNote(event.itemId(), event.blockId(), event.version(),
                                                                            event.text(), event.authorId(), at));
    }

    @EventHandler
    public void on(NoteEditConflictedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.conflict(event.itemId(), event.originalBlockId(),
                                                                            event.newBlockId(), event.text(), event.authorId(),
                                                                            event.currentVersion(), at));
    }

    @EventHandler
    public void on(ProposalRecordedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.propose(new ProposalView(
                event.proposalId(), event.itemId(), event.proposedByPersonId(), event.proposedByOrganisationId(),
                event.text(), event.outcome(), event.referredToBodyId())));
    }

    @EventHandler
    public void on(ProposalOutcomeChangedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.changeOutcome(event.proposalId(), event.outcome(),
                                                                                 event.referredToBodyId()));
    }

    @EventHandler
    public void on(ActionItemRecordedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.act(new ActionItemView(
                event.actionId(), event.itemId(), event.what(), event.ownerOrganisationId(), event.ownerPersonId(),
                event.dueDate())));
    }

    // The minutes

    @EventHandler
    public void on(MinutesDraftedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.minutesText(MinutesStatus.DRAFT, event.version(), event.text()));
    }

    @EventHandler
    public void on(MinutesEditedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.minutesText(MinutesStatus.DRAFT, event.version(), event.text()));
    }

    @EventHandler
    public void on(MinutesSubmittedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.minutesSubmitted(event.version()));
    }

    @EventHandler
    public void on(MinutesApprovedEvent event, @Timestamp Instant at, @MetaDataValue(value = ACTOR, required = false) String actorId,
                   @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.minutesApproved(event.version(), event.mode(), actorId,
                                                                                   event.atMeetingId(), at));
    }

    @EventHandler
    public void on(MinutesPublishedEvent event, @Timestamp Instant at, @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.minutesPublished(event.version(), at));
    }

    @EventHandler
    public void on(MinutesAmendmentProposedEvent event, @Timestamp Instant at,
                   @MetaDataValue(value = ACTOR, required = false) String actorId,
                   @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.proposeMinutesAmendment(event.amendmentId(), event.text(),
                                                                                           actorId, at));
    }

    @EventHandler
    public void on(MinutesAmendmentApprovedEvent event, @Timestamp Instant at,
                   @MetaDataValue(value = ACTOR, required = false) String actorId,
                   @MetaDataValue(value = POSITION_KEY, required = false) Long position) {
        change(event.meetingId(), position, at, meeting -> meeting.approveMinutesAmendment(event.amendmentId(), actorId, at));
    }

    /** A replay starts from no meetings. */
    @ResetHandler
    public void reset() {
        meetings.deleteMany(new Document());
    }

    // Queries

    @QueryHandler
    public Optional<MeetingView> handle(FindMeetingQuery query) {
        return Optional.ofNullable(meetings.find(eq(ID, query.meetingId())).first())
                       .map(document -> read(document.getString(VIEW), MeetingView.class));
    }

    @QueryHandler
    public List<MeetingSummary> handle(FindBodyMeetingsQuery query) {
        return summaries(and(eq(COOPERATION_ID, query.cooperationId()), eq(BODY_ID, query.bodyId())));
    }

    @QueryHandler
    public List<MeetingSummary> handle(FindMeetingsOfBodiesQuery query) {
        if (query.bodies().isEmpty()) {
            return List.of();
        }
        return summaries(or(query.bodies().stream()
                                 .map(body -> and(eq(COOPERATION_ID, body.cooperationId()), eq(BODY_ID, body.bodyId())))
                                 .toList()));
    }

    private List<MeetingSummary> summaries(Bson filter) {
        List<MeetingSummary> summaries = new ArrayList<>();
        for (Document document : meetings.find(filter)) {
            summaries.add(read(document.getString(SUMMARY), MeetingSummary.class));
        }
        summaries.sort(CHRONOLOGICAL);
        return summaries;
    }

    // Applying an event

    private void change(String meetingId, Long position, Instant at, Consumer<MeetingRecord> change) {
        change(meetingId, position, at, false, change);
    }

    /**
     * Applies a change to the meeting's view and publishes the new state; does nothing for an event already applied
     * or, unless it creates the meeting, for a meeting unknown here.
     */
    private void change(String meetingId, Long position, Instant at, boolean creates, Consumer<MeetingRecord> change) {
        Document stored = meetings.find(eq(ID, meetingId)).first();
        if (stored != null && position != null && position <= stored.get(POSITION, Number.class).longValue()) {
            return;
        }
        if (stored == null && !creates) {
            return;
        }
        MeetingView before = stored == null ? null : read(stored.getString(VIEW), MeetingView.class);
        MeetingRecord meeting = before == null ? new MeetingRecord() : MeetingRecord.of(before);
        change.accept(meeting);
        meeting.lastModified = at;
        if (position != null) {
            meeting.position = position;
        }
        MeetingView after = meeting.view();
        MeetingSummary summary = after.summary();
        Document document = new Document(ID, meetingId)
                .append(COOPERATION_ID, after.cooperationId())
                .append(BODY_ID, after.bodyId())
                .append(DATE, after.date() == null ? null : after.date().toString())
                .append(START_TIME, after.startTime() == null ? null : after.startTime().toString())
                .append(POSITION, after.position())
                .append(VIEW, write(after))
                .append(SUMMARY, write(summary));
        meetings.replaceOne(eq(ID, meetingId), document, new ReplaceOptions().upsert(true));
        live.publish(LiveTopics.meeting(after.cooperationId(), meetingId), position, "meeting", after);
        if (before == null || summaryChanged(before.summary(), summary)) {
            live.publish(LiveTopics.bodyMeetings(after.cooperationId(), after.bodyId()), position, "meetings",
                         handle(new FindBodyMeetingsQuery(after.cooperationId(), after.bodyId())));
        }
    }

    /** Whether a list showing the meeting must change; the moment of the last change alone does not count. */
    private static boolean summaryChanged(MeetingSummary before, MeetingSummary after) {
        return !Objects.equals(withoutLastModified(before), withoutLastModified(after));
    }

    private static MeetingSummary withoutLastModified(MeetingSummary summary) {
        return new MeetingSummary(summary.meetingId(), summary.cooperationId(), summary.bodyId(), summary.seriesId(),
                                  summary.title(), summary.date(), summary.startTime(), summary.endTime(), summary.place(),
                                  summary.videoLink(), summary.status(), summary.cancelReason(), summary.minutesStatus(),
                                  summary.publishedVersion(), summary.sequence(), null);
    }

    private String write(Object value) {
        return serializer.serialize(value, String.class).getData();
    }

    private <T> T read(String json, Class<T> type) {
        SerializedObject<String> serialized = new SimpleSerializedObject<>(json, String.class, type.getName(), null);
        return serializer.deserialize(serialized);
    }
}
