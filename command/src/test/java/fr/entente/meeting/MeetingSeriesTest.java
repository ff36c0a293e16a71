package fr.entente.meeting;

import fr.entente.meeting.api.MeetingOccurrence;
import fr.entente.meeting.api.MeetingRefusal;
import fr.entente.meeting.api.MeetingScheduledEvent;
import fr.entente.meeting.api.MeetingSeriesPlannedEvent;
import fr.entente.meeting.api.PlanMeetingSeriesCommand;
import fr.entente.meeting.api.Recurrence;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.meeting.WorkingGroup.*;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;

/** A series plans one meeting per date of its recurrence, each created in the same unit of work. */
class MeetingSeriesTest {

    private static final String SERIES_ID = "gt-2026";
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 3, 31);

    private final FixtureConfiguration<MeetingSeries> fixture =
            new AggregateTestFixture<>(MeetingSeries.class).registerInjectableResource(ROSTER)
                                                           .registerInjectableResource(LIVE_MEETINGS);

    private static PlanMeetingSeriesCommand plan(Recurrence recurrence, LocalDate first, LocalDate last) {
        return new PlanMeetingSeriesCommand(SERIES_ID, COOPERATION_ID, BODY_ID, TITLE, recurrence, first, last, START, END,
                                            PLACE, null);
    }

    /** The series planned on these dates, then each meeting scheduled. */
    private static Object[] plannedOn(Recurrence recurrence, LocalDate... dates) {
        return plannedUntil(LAST, recurrence, dates);
    }

    private static Object[] plannedUntil(LocalDate last, Recurrence recurrence, LocalDate... dates) {
        List<Object> events = new ArrayList<>();
        List<MeetingOccurrence> occurrences = new ArrayList<>();
        for (LocalDate date : dates) {
            occurrences.add(new MeetingOccurrence(SERIES_ID + "-" + date, date));
        }
        events.add(new MeetingSeriesPlannedEvent(SERIES_ID, COOPERATION_ID, BODY_ID, TITLE, recurrence, FIRST, last, START,
                                                 END, PLACE, null, occurrences));
        for (LocalDate date : dates) {
            events.add(new MeetingScheduledEvent(SERIES_ID + "-" + date, COOPERATION_ID, BODY_ID, SERIES_ID, TITLE, date,
                                                 START, END, PLACE, null));
        }
        return events.toArray();
    }

    @Test
    void plansAMeetingOnTheSecondTuesdayOfEveryMonth() {
        Recurrence secondTuesday = Recurrence.monthly(2, TUESDAY);
        fixture.givenNoPriorActivity().when(plan(secondTuesday, FIRST, LAST), AS_OFFICER)
               .expectEvents(plannedOn(secondTuesday, LocalDate.of(2026, 1, 13), LocalDate.of(2026, 2, 10),
                                       LocalDate.of(2026, 3, 10)));
    }

    @Test
    void plansAMeetingOnTheLastFridayOfEveryMonth() {
        Recurrence lastFriday = Recurrence.monthly(-1, FRIDAY);
        fixture.givenNoPriorActivity().when(plan(lastFriday, FIRST, LAST), AS_OFFICER)
               .expectEvents(plannedOn(lastFriday, LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27),
                                       LocalDate.of(2026, 3, 27)));
    }

    @Test
    void leavesOutADateBeforeTheFirstDate() {
        Recurrence secondTuesday = Recurrence.monthly(2, TUESDAY);
        fixture.givenNoPriorActivity().when(plan(secondTuesday, LocalDate.of(2026, 1, 14), LAST), AS_OFFICER)
               .expectEvents(new MeetingSeriesPlannedEvent(SERIES_ID, COOPERATION_ID, BODY_ID, TITLE, secondTuesday,
                                     LocalDate.of(2026, 1, 14), LAST, START, END, PLACE, null,
                                     List.of(new MeetingOccurrence(SERIES_ID + "-2026-02-10", LocalDate.of(2026, 2, 10)),
                                             new MeetingOccurrence(SERIES_ID + "-2026-03-10", LocalDate.of(2026, 3, 10)))),
                             new MeetingScheduledEvent(SERIES_ID + "-2026-02-10", COOPERATION_ID, BODY_ID, SERIES_ID, TITLE,
                                                       LocalDate.of(2026, 2, 10), START, END, PLACE, null),
                             new MeetingScheduledEvent(SERIES_ID + "-2026-03-10", COOPERATION_ID, BODY_ID, SERIES_ID, TITLE,
                                                       LocalDate.of(2026, 3, 10), START, END, PLACE, null));
    }

    @Test
    void plansAMeetingEveryOtherMonday() {
        Recurrence everyOtherMonday = Recurrence.weekly(2, MONDAY);
        fixture.givenNoPriorActivity().when(plan(everyOtherMonday, FIRST, LocalDate.of(2026, 1, 31)), AS_OFFICER)
               .expectEvents(plannedUntil(LocalDate.of(2026, 1, 31), everyOtherMonday, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19)));
    }

    @Test
    void refusesALastDateBeforeTheFirst() {
        fixture.givenNoPriorActivity().when(plan(Recurrence.monthly(2, TUESDAY), LAST, FIRST), AS_OFFICER)
               .expectNoEvents()
               .expectException(ruleViolation(MeetingRefusal.LAST_BEFORE_FIRST, "lastDate"));
    }

    @Test
    void refusesMoreThanSixtyMeetings() {
        fixture.givenNoPriorActivity()
               .when(plan(Recurrence.weekly(1, MONDAY), FIRST, LocalDate.of(2027, 12, 31)), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.TOO_MANY_OCCURRENCES, "lastDate"));
    }

    @Test
    void refusesARecurrenceWithNoDateInThePeriod() {
        fixture.givenNoPriorActivity()
               .when(plan(Recurrence.monthly(4, TUESDAY), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10)), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.NO_OCCURRENCE, "recurrence"));
    }

    @Test
    void refusesAFifthWeekdayOfTheMonth() {
        fixture.givenNoPriorActivity().when(plan(Recurrence.monthly(5, TUESDAY), FIRST, LAST), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.RECURRENCE_INVALID, "recurrence"));
    }

    @Test
    void refusesASeriesWithNeitherPlaceNorVideoLink() {
        fixture.givenNoPriorActivity()
               .when(new PlanMeetingSeriesCommand(SERIES_ID, COOPERATION_ID, BODY_ID, TITLE, Recurrence.monthly(2, TUESDAY),
                                                  FIRST, LAST, START, END, null, ""), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.PLACE_OR_LINK, "place"));
    }

    @Test
    void refusesASeriesEndingBeforeItStarts() {
        fixture.givenNoPriorActivity()
               .when(new PlanMeetingSeriesCommand(SERIES_ID, COOPERATION_ID, BODY_ID, TITLE, Recurrence.monthly(2, TUESDAY),
                                                  FIRST, LAST, END, START, PLACE, null), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.END_BEFORE_START, "endTime"));
    }

    @Test
    void refusesAMemberPlanningASeries() {
        fixture.givenNoPriorActivity().when(plan(Recurrence.monthly(2, TUESDAY), FIRST, LAST), AS_REFERENT)
               .expectException(ruleViolation(MeetingRefusal.OFFICER_OR_CONVENOR_REQUIRED, null));
    }

    @Test
    void answersNotFoundToAPersonOutsideTheBody() {
        fixture.givenNoPriorActivity().when(plan(Recurrence.monthly(2, TUESDAY), FIRST, LAST), AS_DIRECTOR)
               .expectException(ruleViolation(MeetingRefusal.NOT_FOUND, null));
    }
}
