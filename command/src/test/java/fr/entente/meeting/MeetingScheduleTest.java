package fr.entente.meeting;

import fr.entente.common.api.ActorMetaData;
import fr.entente.common.api.Refusal.Kind;
import fr.entente.meeting.api.CancelMeetingCommand;
import fr.entente.meeting.api.EndMeetingCommand;
import fr.entente.meeting.api.MeetingCancelledEvent;
import fr.entente.meeting.api.MeetingMovedEvent;
import fr.entente.meeting.api.MeetingRefusal;
import fr.entente.meeting.api.MoveMeetingCommand;
import fr.entente.meeting.api.ScheduleMeetingCommand;
import fr.entente.meeting.api.StartMeetingCommand;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.meeting.WorkingGroup.*;

/** Scheduling, moving, cancelling, starting and ending a meeting, and who may. */
class MeetingScheduleTest {

    private static final ScheduleMeetingCommand SCHEDULE = new ScheduleMeetingCommand(MEETING_ID, COOPERATION_ID, BODY_ID,
            TITLE, DATE, START, END, PLACE, null);
    private static final MoveMeetingCommand MOVE = new MoveMeetingCommand(MEETING_ID, LocalDate.of(2026, 6, 16), START,
            END, null, "https://visio.example/gt");

    private final FixtureConfiguration<Meeting> fixture = meetingFixture();

    @Test
    void officerSchedulesAMeetingOfTheirBody() {
        fixture.givenNoPriorActivity().when(SCHEDULE, AS_OFFICER).expectEvents(SCHEDULED);
    }

    @Test
    void systemSchedulesAMeetingForTheDemoData() {
        fixture.givenNoPriorActivity().when(SCHEDULE, AS_SYSTEM).expectEvents(SCHEDULED);
    }

    @Test
    void refusesAMemberWhoIsNeitherOfficerNorConvenor() {
        fixture.givenNoPriorActivity().when(SCHEDULE, AS_REFERENT).expectNoEvents()
               .expectException(ruleViolation(MeetingRefusal.OFFICER_OR_CONVENOR_REQUIRED, null));
    }

    @Test
    void answersNotFoundToAPersonOutsideTheBody() {
        fixture.givenNoPriorActivity().when(SCHEDULE, AS_DIRECTOR).expectNoEvents()
               .expectException(ruleViolation(MeetingRefusal.NOT_FOUND, null));
    }

    @Test
    void answersNotFoundToAnOfficerActingFromAnotherCooperation() {
        MetaData fromBretagne = AS_OFFICER.and(ActorMetaData.COOPERATION_ID, "bretagne");
        fixture.given(SCHEDULED).when(MOVE, fromBretagne).expectNoEvents()
               .expectException(ruleViolation(MeetingRefusal.NOT_FOUND, null));
    }

    @Test
    void refusesAMeetingThatEndsBeforeItStarts() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleMeetingCommand(MEETING_ID, COOPERATION_ID, BODY_ID, TITLE, DATE, END, START, PLACE, null),
                     AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.END_BEFORE_START, "endTime"));
    }

    @Test
    void refusesADateOutsideTheYearsMeetingsAreHeld() {
        for (java.time.LocalDate date : java.util.List.of(java.time.LocalDate.of(1, 6, 9), java.time.LocalDate.of(1999, 12, 31),
                                                          java.time.LocalDate.of(2101, 1, 1), java.time.LocalDate.of(10_000, 6, 9))) {
            meetingFixture().givenNoPriorActivity()
                   .when(new ScheduleMeetingCommand(MEETING_ID, COOPERATION_ID, BODY_ID, TITLE, date, START, END, PLACE, null),
                         AS_OFFICER)
                   .expectException(ruleViolation(MeetingRefusal.DATE_OUT_OF_RANGE, "date"));
        }
    }

    @Test
    void refusesAMeetingWithNeitherPlaceNorVideoLink() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleMeetingCommand(MEETING_ID, COOPERATION_ID, BODY_ID, TITLE, DATE, START, END, " ", null),
                     AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.PLACE_OR_LINK, "place"));
    }

    @Test
    void refusesAMeetingWithoutTitle() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleMeetingCommand(MEETING_ID, COOPERATION_ID, BODY_ID, "", DATE, START, END, PLACE, null),
                     AS_OFFICER)
               .expectException(ruleViolation(Kind.MISSING, "meeting.title-required", "title"));
    }

    @Test
    void movesAMeetingToAnotherDateAndPlace() {
        fixture.given(SCHEDULED).when(MOVE, AS_CONVENOR)
               .expectEvents(new MeetingMovedEvent(MEETING_ID, LocalDate.of(2026, 6, 16), START, END, null,
                                                   "https://visio.example/gt"));
    }

    @Test
    void refusesMovingAStartedMeeting() {
        fixture.given(SCHEDULED, STARTED).when(MOVE, AS_OFFICER).expectNoEvents()
               .expectException(ruleViolation(MeetingRefusal.ALREADY_STARTED, null));
    }

    @Test
    void cancelsAMeetingWithAReason() {
        fixture.given(SCHEDULED).when(new CancelMeetingCommand(MEETING_ID, "Grève des transports"), AS_OFFICER)
               .expectEvents(new MeetingCancelledEvent(MEETING_ID, "Grève des transports"));
    }

    @Test
    void refusesCancellingWithoutReason() {
        fixture.given(SCHEDULED).when(new CancelMeetingCommand(MEETING_ID, null), AS_OFFICER)
               .expectException(ruleViolation(Kind.MISSING, "meeting.reason-required", "reason"));
    }

    @Test
    void refusesCancellingAStartedMeeting() {
        fixture.given(SCHEDULED, STARTED).when(new CancelMeetingCommand(MEETING_ID, "trop tard"), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.ALREADY_STARTED, null));
    }

    @Test
    void startsAScheduledMeeting() {
        fixture.given(SCHEDULED).when(new StartMeetingCommand(MEETING_ID), AS_OFFICER).expectEvents(STARTED);
    }

    @Test
    void refusesAMeetingStartedTwice() {
        fixture.given(SCHEDULED, STARTED).when(new StartMeetingCommand(MEETING_ID), AS_OFFICER).expectNoEvents()
               .expectException(ruleViolation(MeetingRefusal.ALREADY_STARTED, null));
    }

    @Test
    void refusesStartingAnEndedMeeting() {
        fixture.given(SCHEDULED, STARTED, ENDED).when(new StartMeetingCommand(MEETING_ID), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.ALREADY_STARTED, null));
    }

    @Test
    void refusesStartingACancelledMeeting() {
        fixture.given(SCHEDULED, new MeetingCancelledEvent(MEETING_ID, "Grève"))
               .when(new StartMeetingCommand(MEETING_ID), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.CANCELLED, null));
    }

    @Test
    void refusesAMemberStartingTheMeeting() {
        fixture.given(SCHEDULED).when(new StartMeetingCommand(MEETING_ID), AS_REFERENT)
               .expectException(ruleViolation(MeetingRefusal.OFFICER_OR_CONVENOR_REQUIRED, null));
    }

    @Test
    void endsALiveMeeting() {
        fixture.given(SCHEDULED, STARTED).when(new EndMeetingCommand(MEETING_ID), AS_OFFICER).expectEvents(ENDED);
    }

    @Test
    void refusesEndingAMeetingNotStarted() {
        fixture.given(SCHEDULED).when(new EndMeetingCommand(MEETING_ID), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.NOT_STARTED, null));
    }

    @Test
    void refusesEndingAMeetingTwice() {
        fixture.given(SCHEDULED, STARTED, ENDED).when(new EndMeetingCommand(MEETING_ID), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.ENDED, null));
    }
}
