package fr.entente.web.meeting.pages;

import fr.entente.web.pages.FormFields;
import fr.entente.web.pages.PageForm;
import fr.entente.web.pages.PastDates;
import fr.entente.meeting.api.RecurrenceFrequency;
import fr.entente.web.meeting.MeetingRequests;
import fr.entente.web.meeting.MeetingResults;
import fr.entente.web.meeting.MeetingReferrals;
import fr.entente.web.meeting.MeetingScheduling;
import org.springframework.context.MessageSource;
import fr.entente.web.pages.PageController;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The body page's forms for its officer and convenor: schedule one meeting, plan the year's series, put a proposal
 * another body referred to this one among a meeting's requests.
 */
@PageController
public class BodyMeetingFormsController {

    private final MeetingScheduling schedule;
    private final MeetingReferrals referrals;
    private final PageForm form;
    private final MessageSource messages;
    private final PastDates pastDates;

    BodyMeetingFormsController(MeetingScheduling schedule, MeetingReferrals referrals, PageForm form, MessageSource messages,
                               PastDates pastDates) {
        this.referrals = referrals;
        this.pastDates = pastDates;
        this.schedule = schedule;
        this.form = form;
        this.messages = messages;
    }

    @PostMapping("/cooperations/{cooperationId}/instances/{bodyId}/reunions")
    String scheduleMeeting(@PathVariable String cooperationId, @PathVariable String bodyId, @RequestParam Map<String, String> fields,
                           RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        MeetingRequests.NewMeeting request = new MeetingRequests.NewMeeting(fields.get("title"),
                parse(fields.get("date"), LocalDate::parse, "date", errors, locale),
                parse(fields.get("startTime"), LocalTime::parse, "startTime", errors, locale),
                parse(fields.get("endTime"), LocalTime::parse, "endTime", errors, locale),
                FormFields.blankToNull(fields.get("place")), FormFields.blankToNull(fields.get("videoLink")));
        Map<String, String> past = pastDates.warnings(Map.of("date", orNothing(request.date())), fields, locale);
        errors.putAll(past);
        return submit(cooperationId, bodyId, "reunion", PastDates.asking(fields, past), request, errors, "title", () -> {
            MeetingResults.MeetingScheduled scheduled = schedule.schedule(cooperationId, bodyId, request);
            return messages.getMessage("body.meetings.done.scheduled", new Object[]{scheduled.title(),
                    DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(scheduled.date())}, locale);
        }, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/instances/{bodyId}/series")
    String planSeries(@PathVariable String cooperationId, @PathVariable String bodyId, @RequestParam Map<String, String> fields,
                      RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer ordinal = parse(fields.get("ordinal"), Integer::valueOf, "ordinal", errors, locale);
        DayOfWeek day = parse(fields.get("dayOfWeek"), DayOfWeek::valueOf, "dayOfWeek", errors, locale);
        MeetingRequests.NewMeetingSeries request = new MeetingRequests.NewMeetingSeries(fields.get("title"),
                new MeetingRequests.RecurrenceRequest(RecurrenceFrequency.MONTHLY, day, ordinal, null),
                parse(fields.get("firstDate"), LocalDate::parse, "firstDate", errors, locale),
                parse(fields.get("lastDate"), LocalDate::parse, "lastDate", errors, locale),
                parse(fields.get("startTime"), LocalTime::parse, "startTime", errors, locale),
                parse(fields.get("endTime"), LocalTime::parse, "endTime", errors, locale),
                FormFields.blankToNull(fields.get("place")), FormFields.blankToNull(fields.get("videoLink")));
        Map<String, String> past = pastDates.warnings(Map.of("firstDate", orNothing(request.firstDate())), fields, locale);
        errors.putAll(past);
        return submit(cooperationId, bodyId, "serie", PastDates.asking(fields, past), request, errors, "title", () -> {
            MeetingResults.SeriesPlanned planned = schedule.plan(cooperationId, bodyId, request);
            return messages.getMessage("body.meetings.done.planned", new Object[]{planned.meetings().size()}, locale);
        }, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/instances/{bodyId}/renvois")
    String placeReferral(@PathVariable String cooperationId, @PathVariable String bodyId, @RequestParam Map<String, String> fields,
                         RedirectAttributes redirect, Locale locale) {
        MeetingRequests.ReferralPlacement request = new MeetingRequests.ReferralPlacement(fields.get("fromMeetingId"),
                                                                                          fields.get("proposalId"));
        String meetingId = fields.getOrDefault("meetingId", "");
        return submit(cooperationId, bodyId, "renvoi", fields, request, new LinkedHashMap<>(), "meetingId", () -> {
            MeetingResults.AgendaRequest placed = referrals.place(cooperationId, meetingId, request);
            return messages.getMessage("body.meetings.done.referralPlaced", new Object[]{placed.title()}, locale);
        }, redirect);
    }

    private String submit(String cooperationId, String bodyId, String formName, Map<String, String> values, Object request,
                          Map<String, String> errors, String mainField, Supplier<String> action,
                          RedirectAttributes redirect) {
        PageForm.Outcome outcome = form.submit(request, errors, mainField, action);
        return form.answer(outcome, formName, values, "/cooperations/" + cooperationId + "/instances/" + bodyId, redirect);
    }

    /** A date not given is no date in the past. */
    private static LocalDate orNothing(LocalDate date) {
        return date == null ? LocalDate.MAX : date;
    }

    private <T> T parse(String value, Function<String, T> parser, String field, Map<String, String> errors, Locale locale) {
        return form.parse(value, parser, field, errors, locale);
    }
}
