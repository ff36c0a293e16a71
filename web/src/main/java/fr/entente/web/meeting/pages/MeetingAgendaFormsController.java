package fr.entente.web.meeting.pages;

import fr.entente.web.pages.PastDates;

import fr.entente.web.meeting.MeetingAccess;

import fr.entente.web.pages.FormFields;
import fr.entente.meeting.api.AgendaItemPurpose;
import fr.entente.web.meeting.MeetingProceedings;
import fr.entente.web.meeting.MeetingAgendas;
import fr.entente.web.meeting.MeetingRequests;
import fr.entente.web.meeting.MeetingScheduling;
import fr.entente.web.pages.PageController;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The meeting page's forms: members request items; the officer and convenor accept, decline, add, order and
 * publish the agenda, set the deadline, open, move or cancel the meeting. Each goes through the API's own controller
 * ({@link MeetingForms}).
 */
@PageController
@RequestMapping("/cooperations/{cooperationId}/reunions/{meetingId}")
public class MeetingAgendaFormsController {

    private final MeetingForms forms;
    private final MeetingAccess access;
    private final PastDates pastDates;
    private final MeetingScheduling schedule;
    private final MeetingAgendas agenda;
    private final MeetingProceedings live;

    MeetingAgendaFormsController(MeetingForms forms, MeetingAccess access, PastDates pastDates, MeetingScheduling schedule, MeetingAgendas agenda, MeetingProceedings live) {
        this.forms = forms;
        this.access = access;
        this.pastDates = pastDates;
        this.schedule = schedule;
        this.agenda = agenda;
        this.live = live;
    }

    @PostMapping("/demandes")
    String request(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        MeetingRequests.NewAgendaRequest request = new MeetingRequests.NewAgendaRequest(null, fields.get("title"),
                FormFields.enumOf(AgendaItemPurpose.class, fields.get("purpose")), FormFields.blankToNull(fields.get("description")),
                forms.integer(fields.get("expectedMinutes"), "expectedMinutes", errors, locale));
        return forms.submit(MeetingForms.on(MeetingForms.MEETING, cooperationId, meetingId, redirect, locale), "demande", fields,
                request, errors, "title", () -> {
                    agenda.request(cooperationId, meetingId, request);
                    return forms.text(locale, "meeting.done.requested", request.title());
                });
    }

    @PostMapping("/demandes/acceptation")
    String accept(@PathVariable String cooperationId, @PathVariable String meetingId,
                  @RequestParam(defaultValue = "") List<String> requestIds, @RequestParam(defaultValue = "") String title, RedirectAttributes redirect, Locale locale) {
        MeetingRequests.RequestsAcceptance request = new MeetingRequests.RequestsAcceptance(null, requestIds, FormFields.blankToNull(title));
        return forms.submit(MeetingForms.on(MeetingForms.MEETING, cooperationId, meetingId, redirect, locale),
                requestIds.size() > 1 || !title.isBlank() ? "fusion" : "_page", Map.of("title", title), request, Map.of(), "requestIds",
                () -> forms.text(locale, "meeting.done.accepted", agenda.accept(cooperationId, meetingId, request).title()));
    }

    @PostMapping("/demandes/refus")
    String decline(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam(defaultValue = "") String requestId,
                   @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
        MeetingRequests.Reason request = new MeetingRequests.Reason(reason);
        return forms.submit(MeetingForms.on(MeetingForms.MEETING, cooperationId, meetingId, redirect, locale), "_page",
                Map.of(), request, Map.of(), "reason", () -> {
                    agenda.decline(cooperationId, meetingId, requestId, request);
                    return forms.text(locale, "meeting.done.declined");
                });
    }

    @PostMapping("/ordre-du-jour")
    String addItem(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        MeetingRequests.NewAgendaItem request = new MeetingRequests.NewAgendaItem(null, fields.get("title"),
                FormFields.enumOf(AgendaItemPurpose.class, fields.get("purpose")), FormFields.blankToNull(fields.get("description")),
                forms.integer(fields.get("expectedMinutes"), "expectedMinutes", errors, locale));
        return forms.submit(MeetingForms.on(MeetingForms.MEETING, cooperationId, meetingId, redirect, locale), "point", fields,
                request, errors, "title", () -> forms.text(locale, "meeting.done.itemAdded", agenda.add(cooperationId, meetingId, request).title()));
    }

    @PostMapping("/ordre-du-jour/ordre")
    String reorder(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam(defaultValue = "") String itemId,
                   @RequestParam(defaultValue = "up") String direction, RedirectAttributes redirect, Locale locale) {
        List<String> order = new ArrayList<>(access.meeting(cooperationId, meetingId).items().stream()
                                                  .map(item -> item.itemId()).toList());
        int at = order.indexOf(itemId);
        int to = "down".equals(direction) ? at + 1 : at - 1;
        if (at >= 0 && to >= 0 && to < order.size()) {
            order.set(at, order.get(to));
            order.set(to, itemId);
        }
        MeetingRequests.AgendaOrder request = new MeetingRequests.AgendaOrder(order);
        return forms.submit(MeetingForms.on(MeetingForms.MEETING, cooperationId, meetingId, redirect, locale), "_page", Map.of(),
                request, Map.of(), "itemIds", () -> {
                    agenda.reorder(cooperationId, meetingId, request);
                    return forms.text(locale, "meeting.done.reordered");
                });
    }

    @PostMapping("/ordre-du-jour/retrait")
    String removeItem(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam(defaultValue = "") String itemId,
                      @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
        MeetingRequests.Reason request = new MeetingRequests.Reason(reason);
        return forms.submit(MeetingForms.on(MeetingForms.MEETING, cooperationId, meetingId, redirect, locale), "_page", Map.of(),
                request, Map.of(), "reason", () -> {
                    agenda.remove(cooperationId, meetingId, itemId, reason);
                    return forms.text(locale, "meeting.done.itemRemoved");
                });
    }

    @PostMapping("/echeance")
    String deadline(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam Map<String, String> fields,
                    RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDateTime local = forms.parse(fields.get("deadline"), LocalDateTime::parse, "deadline", errors, locale);
        MeetingRequests.Deadline request = new MeetingRequests.Deadline(local == null ? null : local.atZone(MeetingPageModel.PARIS).toInstant());
        Map<String, String> past = local == null ? Map.of() : pastDates.warnings(Map.of("deadline", local), fields, locale);
        errors.putAll(past);
        return forms.submit(MeetingForms.on(MeetingForms.MEETING, cooperationId, meetingId, redirect, locale), "echeance",
                PastDates.asking(fields, past), request, errors, "deadline", () -> {
                    schedule.setDeadline(cooperationId, meetingId, request);
                    return forms.text(locale, "meeting.done.deadline");
                });
    }

    @PostMapping("/publication")
    String publish(@PathVariable String cooperationId, @PathVariable String meetingId, RedirectAttributes redirect, Locale locale) {
        return forms.submit(MeetingForms.on(MeetingForms.MEETING, cooperationId, meetingId, redirect, locale), "publication", Map.of(),
                null, Map.of(), "agenda", () -> forms.text(locale, "meeting.done.published",
                                                     agenda.publish(cooperationId, meetingId).version()));
    }

    @PostMapping("/ouverture")
    String start(@PathVariable String cooperationId, @PathVariable String meetingId, RedirectAttributes redirect, Locale locale) {
        return forms.submit(MeetingForms.on(MeetingForms.MEETING, cooperationId, meetingId, redirect, locale), "ouverture", Map.of(),
                null, Map.of(), "meeting", () -> {
                    live.start(cooperationId, meetingId);
                    return forms.text(locale, "meeting.done.started");
                }, MeetingForms.LIVE);
    }

    @PostMapping("/horaire")
    String move(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        MeetingRequests.MeetingMove request = new MeetingRequests.MeetingMove(
                forms.parse(fields.get("date"), LocalDate::parse, "date", errors, locale),
                forms.parse(fields.get("startTime"), LocalTime::parse, "startTime", errors, locale),
                forms.parse(fields.get("endTime"), LocalTime::parse, "endTime", errors, locale),
                FormFields.blankToNull(fields.get("place")), FormFields.blankToNull(fields.get("videoLink")));
        Map<String, String> past = request.date() == null ? Map.of() : pastDates.warnings(Map.of("date", request.date()), fields, locale);
        errors.putAll(past);
        return forms.submit(MeetingForms.on(MeetingForms.MEETING, cooperationId, meetingId, redirect, locale), "horaire",
                PastDates.asking(fields, past), request, errors, "date", () -> {
                    schedule.move(cooperationId, meetingId, request);
                    return forms.text(locale, "meeting.done.moved");
                });
    }

    @PostMapping("/annulation")
    String cancel(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
        MeetingRequests.Reason request = new MeetingRequests.Reason(reason);
        return forms.submit(MeetingForms.on(MeetingForms.MEETING, cooperationId, meetingId, redirect, locale), "annulation",
                Map.of("reason", reason), request, Map.of(), "reason", () -> {
                    schedule.cancel(cooperationId, meetingId, request);
                    return forms.text(locale, "meeting.done.cancelled");
                });
    }
}
