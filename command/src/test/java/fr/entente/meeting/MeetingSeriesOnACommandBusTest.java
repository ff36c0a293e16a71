package fr.entente.meeting;

import fr.entente.meeting.api.BodyRoster;
import fr.entente.meeting.api.LiveMeetings;
import fr.entente.meeting.api.MeetingDocuments;
import fr.entente.meeting.api.MeetingMovedEvent;
import fr.entente.meeting.api.MeetingScheduledEvent;
import fr.entente.meeting.api.MeetingSeriesPlannedEvent;
import fr.entente.meeting.api.MoveMeetingCommand;
import fr.entente.meeting.api.PlanMeetingSeriesCommand;
import fr.entente.meeting.api.Recurrence;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static fr.entente.meeting.WorkingGroup.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Beyond the fixture: through Axon's own command bus, repositories and an event store, planning a series stores the
 * series' event and then one stream per meeting, and each meeting is then an aggregate of its own.
 */
class MeetingSeriesOnACommandBusTest {

    private Configuration axon;
    private CommandGateway commands;

    @BeforeEach
    void startAxon() {
        axon = DefaultConfigurer.defaultConfiguration()
                                .configureEmbeddedEventStore(configuration -> new InMemoryEventStorageEngine())
                                .configureAggregate(MeetingSeries.class)
                                .configureAggregate(Meeting.class)
                                .registerComponent(BodyRoster.class, configuration -> ROSTER)
                                .registerComponent(LiveMeetings.class, configuration -> LIVE_MEETINGS)
                                .registerComponent(MeetingDocuments.class, configuration -> DOCUMENTS)
                                .buildConfiguration();
        axon.start();
        commands = axon.commandGateway();
    }

    @AfterEach
    void stopAxon() {
        axon.shutdown();
    }

    @Test
    void plansTheSeriesThenEachMeetingAsItsOwnAggregate() {
        commands.sendAndWait(new PlanMeetingSeriesCommand("gt-2026", COOPERATION_ID, BODY_ID, TITLE,
                                                          Recurrence.monthly(2, DayOfWeek.TUESDAY), LocalDate.of(2026, 1, 1),
                                                          LocalDate.of(2026, 2, 28), START, END, PLACE, null), AS_OFFICER);
        commands.sendAndWait(new MoveMeetingCommand("gt-2026-2026-02-10", LocalDate.of(2026, 2, 17), START, END, PLACE,
                                                    null), AS_OFFICER);

        List<Object> series = payloads("gt-2026");
        List<Object> february = payloads("gt-2026-2026-02-10");
        assertThat(series).singleElement().isInstanceOf(MeetingSeriesPlannedEvent.class);
        assertThat(payloads("gt-2026-2026-01-13")).singleElement().isInstanceOf(MeetingScheduledEvent.class);
        assertThat(february).hasSize(2).last().isEqualTo(new MeetingMovedEvent("gt-2026-2026-02-10",
                LocalDate.of(2026, 2, 17), START, END, PLACE, null));
    }

    private List<Object> payloads(String aggregateId) {
        return axon.eventStore().readEvents(aggregateId).asStream().map(EventMessage::getPayload).map(Object.class::cast)
                   .toList();
    }
}
