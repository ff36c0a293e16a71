package fr.entente.meeting;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.entente.meeting.api.*;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static fr.entente.meeting.WorkingGroup.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A meeting's events and its snapshot are Jackson JSON, read and written through fields as {@code infra} does. */
class MeetingSerializationTest {

    /** A meeting through its whole life: agenda, live record, notes with a conflict, minutes and an amendment. */
    private static final List<Object> WHOLE_MEETING = List.of(
            SCHEDULED,
            new AgendaRequestDeadlineSetEvent(MEETING_ID, Instant.parse("2026-06-02T16:00:00Z")),
            RSU_REQUESTED,
            new AgendaItemRequestedEvent(MEETING_ID, "request-2", REFERENT_02, "cdg-02", "Hors sujet",
                                         AgendaItemPurpose.INFORMATION, null, null),
            new AgendaItemRequestsAcceptedEvent(MEETING_ID, ITEM_ID, List.of(REQUEST_ID), "Bilan des RSU 2025",
                                                AgendaItemPurpose.DISCUSSION, 30),
            new AgendaItemRequestDeclinedEvent(MEETING_ID, "request-2", "Traité ailleurs"),
            new AgendaPublishedEvent(MEETING_ID, List.of(ITEM_ID), 1),
            CONCOURS_ITEM,
            new PublishedAgendaAmendedEvent(MEETING_ID, 1, AgendaChange.ITEM_ADDED, OTHER_ITEM_ID, List.of(ITEM_ID, OTHER_ITEM_ID)),
            STARTED,
            new AttendanceRecordedEvent(MEETING_ID, REFERENT_02, AttendanceStatus.REPRESENTED, REFERENT_59),
            new CurrentAgendaItemChangedEvent(MEETING_ID, ITEM_ID),
            new NoteBlockSavedEvent(MEETING_ID, ITEM_ID, "b1", 1, "Taux : 92 %", REFERENT_59),
            new NoteBlockSavedEvent(MEETING_ID, ITEM_ID, "b1", 2, "Taux : 92 % (91 % en 2024)", OFFICER),
            new NoteEditConflictedEvent(MEETING_ID, ITEM_ID, "b1", "b1~1", "Taux en hausse", REFERENT_02, 1, 2),
            new ProposalRecordedEvent(MEETING_ID, "p1", ITEM_ID, null, "cdg-02", "Étude", ProposalOutcome.REFERRED, "codir"),
            new ProposalOutcomeChangedEvent(MEETING_ID, "p1", ProposalOutcome.DEFERRED, null),
            new ActionItemRecordedEvent(MEETING_ID, "a1", ITEM_ID, "Collecter", "cdg-02", null, LocalDate.of(2026, 9, 30)),
            ENDED,
            new MinutesDraftedEvent(MEETING_ID, 1, "# CR"),
            new MinutesEditedEvent(MEETING_ID, 2, "# CR relu"),
            new MinutesSubmittedEvent(MEETING_ID, 2),
            new MinutesApprovedEvent(MEETING_ID, 2, MinutesApprovalMode.BODY_AT_MEETING, LIVE_MEETING_ID),
            new MinutesPublishedEvent(MEETING_ID, 2),
            new MinutesAmendmentProposedEvent(MEETING_ID, "am1", "Lire 93 %"));

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
                    .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                    .setVisibility(PropertyAccessor.CREATOR, Visibility.ANY))
            .lenientDeserialization()
            .build();

    @Test
    void eventsAreJsonAtRevisionOne() {
        List<Object> events = new ArrayList<>(WHOLE_MEETING);
        events.add(new MeetingSeriesPlannedEvent("gt-2026", COOPERATION_ID, BODY_ID, TITLE,
                                                 Recurrence.monthly(-1, DayOfWeek.FRIDAY), DATE, DATE, START, END, PLACE,
                                                 null, List.of(new MeetingOccurrence("gt-2026-" + DATE, DATE))));
        for (Object event : events) {
            SerializedObject<String> json = serializer.serialize(event, String.class);

            assertThat(json.getType().getRevision()).as(event.getClass().getSimpleName()).isEqualTo("1");
            assertThat(json.getData()).doesNotContain("\"name\"").doesNotContain("email");
            assertThat((Object) serializer.deserialize(json)).isEqualTo(event);
        }
    }

    @Test
    void snapshotRestoresTheWholeMeeting() {
        Meeting meeting = sourcedFrom(WHOLE_MEETING);

        SerializedObject<String> snapshot = serializer.serialize(meeting, String.class);
        Meeting restored = serializer.deserialize(snapshot);

        assertThat(snapshot.getData()).contains("\"meetingId\":\"" + MEETING_ID + "\"")
                                       .contains("\"b1~1\":{\"itemId\":\"" + ITEM_ID + "\"")
                                       .contains("\"phase\":\"ENDED\"");
        assertThat(restored).usingRecursiveComparison().isEqualTo(meeting);
        assertThat(restored).usingRecursiveComparison().isNotEqualTo(sourcedFrom(List.of(SCHEDULED)));
    }

    /** The meeting as Axon sources it from these events, through its event-sourcing handlers and its parts'. */
    private static Meeting sourcedFrom(List<Object> events) {
        List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
        for (Object event : events) {
            messages.add(new GenericDomainEventMessage<>("Meeting", MEETING_ID, messages.size(), event));
        }
        EventSourcedAggregate<Meeting> aggregate = EventSourcedAggregate.initialize(
                new Meeting(), AnnotatedAggregateMetaModelFactory.inspectAggregate(Meeting.class), null,
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(messages.toArray(GenericDomainEventMessage[]::new)));
        return aggregate.getAggregateRoot();
    }
}
