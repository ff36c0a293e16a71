package fr.entente.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.entente.meeting.api.AgendaItemPurpose;
import fr.entente.meeting.api.AttendanceStatus;
import fr.entente.meeting.api.MinutesApprovalMode;
import fr.entente.meeting.api.ProposalOutcome;
import fr.entente.web.meeting.LiveMeetingController;
import fr.entente.web.meeting.MeetingAgendaController;
import fr.entente.web.meeting.MeetingRequests;
import fr.entente.web.meeting.MeetingResponses;
import fr.entente.web.meeting.MeetingScheduleController;
import fr.entente.web.meeting.MinutesController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The forms of the meeting pages. Each goes through the API's own controller ({@link PageForm}): the same checks,
 * the same command path, the same French messages; a refusal is shown with its form, what was typed kept, and
 * nothing changes. A form that succeeds leads back to its page with a confirmation (post, redirect, get).
 */
@Controller
@RequestMapping("/cooperations/{cooperationId}/reunions/{meetingId}")
class MeetingFormsController {

    private static final String MEETING = "reunion";
    private static final String LIVE = "reunion-direct";
    private static final String MINUTES = "compte-rendu";
    private static final Map<String, String> PAGE_PATHS = Map.of(MEETING, "", LIVE, "/en-direct", MINUTES, "/compte-rendu");

    private final MeetingPagesController pages;
    private final MeetingPageModel model;
    private final MeetingScheduleController schedule;
    private final MeetingAgendaController agenda;
    private final LiveMeetingController live;
    private final MinutesController minutes;
    private final PageForm form;
    private final MessageSource messages;

    MeetingFormsController(MeetingPagesController pages, MeetingPageModel model, MeetingScheduleController schedule,
                           MeetingAgendaController agenda, LiveMeetingController live, MinutesController minutes,
                           PageForm form, MessageSource messages) {
        this.pages = pages;
        this.model = model;
        this.schedule = schedule;
        this.agenda = agenda;
        this.live = live;
        this.minutes = minutes;
        this.form = form;
        this.messages = messages;
    }

    /** What one submission needs to answer: where it came from, and how to answer. */
    private record Submission(String cooperationId, String meetingId, String page, Model model,
                              RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
    }

    @PostMapping("/demandes")
    String request(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam Map<String, String> fields,
                   Model view, RedirectAttributes redirect, HttpServletResponse response, Locale locale) throws JsonProcessingException {
        Map<String, String> errors = new LinkedHashMap<>();
        MeetingRequests.NewAgendaRequest request = new MeetingRequests.NewAgendaRequest(null, fields.get("title"),
                enumOf(AgendaItemPurpose.class, fields.get("purpose")), blankToNull(fields.get("description")),
                integer(fields.get("expectedMinutes"), "expectedMinutes", errors, locale));
        return submit(new Submission(cooperationId, meetingId, MEETING, view, redirect, response, locale), "demande", fields,
                request, errors, "title", () -> {
                    agenda.request(cooperationId, meetingId, request);
                    return text(locale, "meeting.done.requested", request.title());
                });
    }

    @PostMapping("/demandes/acceptation")
    String accept(@PathVariable String cooperationId, @PathVariable String meetingId,
                  @RequestParam(defaultValue = "") List<String> requestIds, @RequestParam(defaultValue = "") String title,
                  Model view, RedirectAttributes redirect, HttpServletResponse response, Locale locale) throws JsonProcessingException {
        MeetingRequests.RequestsAcceptance request = new MeetingRequests.RequestsAcceptance(null, requestIds, blankToNull(title));
        return submit(new Submission(cooperationId, meetingId, MEETING, view, redirect, response, locale),
                requestIds.size() > 1 || !title.isBlank() ? "fusion" : "_page", Map.of("title", title), request, Map.of(), "requestIds",
                () -> text(locale, "meeting.done.accepted", agenda.accept(cooperationId, meetingId, request).title()));
    }

    @PostMapping("/demandes/refus")
    String decline(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam(defaultValue = "") String requestId,
                   @RequestParam(defaultValue = "") String reason, Model view, RedirectAttributes redirect,
                   HttpServletResponse response, Locale locale) throws JsonProcessingException {
        MeetingRequests.Reason request = new MeetingRequests.Reason(reason);
        return submit(new Submission(cooperationId, meetingId, MEETING, view, redirect, response, locale), "_page",
                Map.of(), request, Map.of(), "reason", () -> {
                    agenda.decline(cooperationId, meetingId, requestId, request);
                    return text(locale, "meeting.done.declined");
                });
    }

    @PostMapping("/ordre-du-jour")
    String addItem(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam Map<String, String> fields,
                   Model view, RedirectAttributes redirect, HttpServletResponse response, Locale locale) throws JsonProcessingException {
        Map<String, String> errors = new LinkedHashMap<>();
        MeetingRequests.NewAgendaItem request = new MeetingRequests.NewAgendaItem(null, fields.get("title"),
                enumOf(AgendaItemPurpose.class, fields.get("purpose")), blankToNull(fields.get("description")),
                integer(fields.get("expectedMinutes"), "expectedMinutes", errors, locale));
        return submit(new Submission(cooperationId, meetingId, MEETING, view, redirect, response, locale), "point", fields,
                request, errors, "title", () -> text(locale, "meeting.done.itemAdded", agenda.add(cooperationId, meetingId, request).title()));
    }

    @PostMapping("/ordre-du-jour/ordre")
    String reorder(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam(defaultValue = "") String itemId,
                   @RequestParam(defaultValue = "up") String direction, Model view, RedirectAttributes redirect,
                   HttpServletResponse response, Locale locale) throws JsonProcessingException {
        List<String> order = new ArrayList<>(model.seen(cooperationId, meetingId, view).meeting().items().stream()
                                                  .map(item -> item.itemId()).toList());
        int at = order.indexOf(itemId);
        int to = "down".equals(direction) ? at + 1 : at - 1;
        if (at >= 0 && to >= 0 && to < order.size()) {
            order.set(at, order.get(to));
            order.set(to, itemId);
        }
        MeetingRequests.AgendaOrder request = new MeetingRequests.AgendaOrder(order);
        return submit(new Submission(cooperationId, meetingId, MEETING, view, redirect, response, locale), "_page", Map.of(),
                request, Map.of(), "itemIds", () -> {
                    agenda.reorder(cooperationId, meetingId, request);
                    return text(locale, "meeting.done.reordered");
                });
    }

    @PostMapping("/ordre-du-jour/retrait")
    String removeItem(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam(defaultValue = "") String itemId,
                      @RequestParam(defaultValue = "") String reason, Model view, RedirectAttributes redirect,
                      HttpServletResponse response, Locale locale) throws JsonProcessingException {
        MeetingRequests.Reason request = new MeetingRequests.Reason(reason);
        return submit(new Submission(cooperationId, meetingId, MEETING, view, redirect, response, locale), "_page", Map.of(),
                request, Map.of(), "reason", () -> {
                    agenda.remove(cooperationId, meetingId, itemId, reason);
                    return text(locale, "meeting.done.itemRemoved");
                });
    }

    @PostMapping("/echeance")
    String deadline(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam(defaultValue = "") String deadline,
                    Model view, RedirectAttributes redirect, HttpServletResponse response, Locale locale) throws JsonProcessingException {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDateTime local = parse(deadline, LocalDateTime::parse, "deadline", errors, locale);
        MeetingRequests.Deadline request = new MeetingRequests.Deadline(local == null ? null : local.atZone(MeetingPageModel.PARIS).toInstant());
        return submit(new Submission(cooperationId, meetingId, MEETING, view, redirect, response, locale), "echeance",
                Map.of("deadline", deadline), request, errors, "deadline", () -> {
                    agenda.setDeadline(cooperationId, meetingId, request);
                    return text(locale, "meeting.done.deadline");
                });
    }

    @PostMapping("/publication")
    String publish(@PathVariable String cooperationId, @PathVariable String meetingId, Model view, RedirectAttributes redirect,
                   HttpServletResponse response, Locale locale) throws JsonProcessingException {
        return submit(new Submission(cooperationId, meetingId, MEETING, view, redirect, response, locale), "publication", Map.of(),
                null, Map.of(), "agenda", () -> text(locale, "meeting.done.published",
                                                     agenda.publish(cooperationId, meetingId).version()));
    }

    @PostMapping("/ouverture")
    String start(@PathVariable String cooperationId, @PathVariable String meetingId, Model view, RedirectAttributes redirect,
                 HttpServletResponse response, Locale locale) throws JsonProcessingException {
        return submit(new Submission(cooperationId, meetingId, MEETING, view, redirect, response, locale), "ouverture", Map.of(),
                null, Map.of(), "meeting", () -> {
                    live.start(cooperationId, meetingId);
                    return text(locale, "meeting.done.started");
                }, LIVE);
    }

    @PostMapping("/horaire")
    String move(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam Map<String, String> fields,
                Model view, RedirectAttributes redirect, HttpServletResponse response, Locale locale) throws JsonProcessingException {
        Map<String, String> errors = new LinkedHashMap<>();
        MeetingRequests.MeetingMove request = new MeetingRequests.MeetingMove(
                parse(fields.get("date"), LocalDate::parse, "date", errors, locale),
                parse(fields.get("startTime"), LocalTime::parse, "startTime", errors, locale),
                parse(fields.get("endTime"), LocalTime::parse, "endTime", errors, locale),
                blankToNull(fields.get("place")), blankToNull(fields.get("videoLink")));
        return submit(new Submission(cooperationId, meetingId, MEETING, view, redirect, response, locale), "horaire", fields,
                request, errors, "date", () -> {
                    schedule.move(cooperationId, meetingId, request);
                    return text(locale, "meeting.done.moved");
                });
    }

    @PostMapping("/annulation")
    String cancel(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam(defaultValue = "") String reason,
                  Model view, RedirectAttributes redirect, HttpServletResponse response, Locale locale) throws JsonProcessingException {
        MeetingRequests.Reason request = new MeetingRequests.Reason(reason);
        return submit(new Submission(cooperationId, meetingId, MEETING, view, redirect, response, locale), "annulation",
                Map.of("reason", reason), request, Map.of(), "reason", () -> {
                    schedule.cancel(cooperationId, meetingId, request);
                    return text(locale, "meeting.done.cancelled");
                });
    }

    @PostMapping("/point-courant")
    String moveTo(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam(defaultValue = "") String itemId,
                  Model view, RedirectAttributes redirect, HttpServletResponse response, Locale locale) throws JsonProcessingException {
        MeetingRequests.CurrentItem request = new MeetingRequests.CurrentItem(itemId);
        return submit(new Submission(cooperationId, meetingId, LIVE, view, redirect, response, locale), "_page", Map.of(),
                request, Map.of(), "itemId", () -> {
                    live.moveTo(cooperationId, meetingId, request);
                    return text(locale, "meeting.done.currentItem");
                });
    }

    @PostMapping("/notes")
    String saveNote(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam(defaultValue = "") String itemId,
                    @RequestParam(defaultValue = "") String blockId, @RequestParam(defaultValue = "") String baseVersion,
                    @RequestParam(defaultValue = "") String text, Model view, RedirectAttributes redirect,
                    HttpServletResponse response, Locale locale) throws JsonProcessingException {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer base = integer(baseVersion, "baseVersion", errors, locale);
        MeetingRequests.NoteBlock request = new MeetingRequests.NoteBlock(itemId, base == null || base == 0 ? null : base, text);
        return submit(new Submission(cooperationId, meetingId, LIVE, view, redirect, response, locale), "_page", Map.of(),
                request, errors, "text", () -> {
                    MeetingResponses.NoteSaved saved = live.saveNotes(cooperationId, meetingId, blockId, request).getBody();
                    return text(locale, saved != null && saved.outcome() == MeetingResponses.NoteOutcome.CONFLICTING_COPY
                            ? "meeting.done.noteKeptBeside" : "meeting.done.noteSaved");
                });
    }

    @PostMapping("/propositions")
    String propose(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam Map<String, String> fields,
                   Model view, RedirectAttributes redirect, HttpServletResponse response, Locale locale) throws JsonProcessingException {
        String[] by = party(fields.get("proposedBy"));
        MeetingRequests.NewProposal request = new MeetingRequests.NewProposal(null, fields.get("itemId"), by[0], by[1],
                fields.get("text"), enumOf(ProposalOutcome.class, fields.get("outcome")), blankToNull(fields.get("referredToBodyId")));
        return submit(new Submission(cooperationId, meetingId, LIVE, view, redirect, response, locale), "proposition", fields,
                request, Map.of(), "text", () -> {
                    live.recordProposal(cooperationId, meetingId, request);
                    return text(locale, "meeting.done.proposal");
                });
    }

    @PostMapping("/propositions/suite")
    String changeOutcome(@PathVariable String cooperationId, @PathVariable String meetingId,
                         @RequestParam(defaultValue = "") String proposalId, @RequestParam(defaultValue = "") String outcome,
                         @RequestParam(defaultValue = "") String referredToBodyId, Model view, RedirectAttributes redirect,
                         HttpServletResponse response, Locale locale) throws JsonProcessingException {
        MeetingRequests.OutcomeChange request = new MeetingRequests.OutcomeChange(enumOf(ProposalOutcome.class, outcome),
                                                                                 blankToNull(referredToBodyId));
        return submit(new Submission(cooperationId, meetingId, LIVE, view, redirect, response, locale), "_page", Map.of(),
                request, Map.of(), "outcome", () -> {
                    live.changeOutcome(cooperationId, meetingId, proposalId, request);
                    return text(locale, "meeting.done.outcomeChanged");
                });
    }

    @PostMapping("/actions")
    String action(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam Map<String, String> fields,
                  Model view, RedirectAttributes redirect, HttpServletResponse response, Locale locale) throws JsonProcessingException {
        Map<String, String> errors = new LinkedHashMap<>();
        String[] owner = party(fields.get("owner"));
        MeetingRequests.NewActionItem request = new MeetingRequests.NewActionItem(null, fields.get("itemId"), fields.get("what"),
                owner[1], owner[0], blankToNull(fields.get("dueDate")) == null ? null
                        : parse(fields.get("dueDate"), LocalDate::parse, "dueDate", errors, locale));
        return submit(new Submission(cooperationId, meetingId, LIVE, view, redirect, response, locale), "action", fields,
                request, errors, "what", () -> {
                    live.recordAction(cooperationId, meetingId, request);
                    return text(locale, "meeting.done.action");
                });
    }

    @PostMapping("/presences")
    String attendance(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam(defaultValue = "") String personId,
                      @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String representedBy,
                      Model view, RedirectAttributes redirect, HttpServletResponse response, Locale locale) throws JsonProcessingException {
        MeetingRequests.Attendance request = new MeetingRequests.Attendance(enumOf(AttendanceStatus.class, status), blankToNull(representedBy));
        return submit(new Submission(cooperationId, meetingId, LIVE, view, redirect, response, locale), "_page", Map.of(),
                request, Map.of(), "status", () -> {
                    live.recordAttendance(cooperationId, meetingId, personId, request);
                    return text(locale, "meeting.done.attendance");
                });
    }

    @PostMapping("/cloture")
    String end(@PathVariable String cooperationId, @PathVariable String meetingId, Model view, RedirectAttributes redirect,
               HttpServletResponse response, Locale locale) throws JsonProcessingException {
        return submit(new Submission(cooperationId, meetingId, LIVE, view, redirect, response, locale), "_page", Map.of(),
                null, Map.of(), "meeting", () -> {
                    live.end(cooperationId, meetingId);
                    return text(locale, "meeting.done.ended");
                });
    }

    @PostMapping("/compte-rendu/brouillon")
    String draft(@PathVariable String cooperationId, @PathVariable String meetingId, Model view, RedirectAttributes redirect,
                 HttpServletResponse response, Locale locale) throws JsonProcessingException {
        return minutesStep(cooperationId, meetingId, view, redirect, response, locale, "meeting.done.drafted",
                           () -> minutes.draft(cooperationId, meetingId));
    }

    @PostMapping("/compte-rendu/texte")
    String editMinutes(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam Map<String, String> fields,
                       Model view, RedirectAttributes redirect, HttpServletResponse response, Locale locale) throws JsonProcessingException {
        Map<String, String> errors = new LinkedHashMap<>();
        MeetingRequests.MinutesEdit request = new MeetingRequests.MinutesEdit(
                integer(fields.get("baseVersion"), "baseVersion", errors, locale), fields.get("text"));
        return submit(new Submission(cooperationId, meetingId, MINUTES, view, redirect, response, locale), "texte", fields,
                request, errors, "text", () -> text(locale, "meeting.done.minutesEdited",
                                                    minutes.edit(cooperationId, meetingId, request).version()));
    }

    @PostMapping("/compte-rendu/soumission")
    String submitMinutes(@PathVariable String cooperationId, @PathVariable String meetingId, Model view, RedirectAttributes redirect,
                         HttpServletResponse response, Locale locale) throws JsonProcessingException {
        return minutesStep(cooperationId, meetingId, view, redirect, response, locale, "meeting.done.submitted",
                           () -> minutes.submit(cooperationId, meetingId));
    }

    @PostMapping("/compte-rendu/approbation")
    String approve(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam(defaultValue = "") String mode,
                   @RequestParam(defaultValue = "") String atMeetingId, Model view, RedirectAttributes redirect,
                   HttpServletResponse response, Locale locale) throws JsonProcessingException {
        MeetingRequests.Approval request = new MeetingRequests.Approval(enumOf(MinutesApprovalMode.class, mode), blankToNull(atMeetingId));
        return submit(new Submission(cooperationId, meetingId, MINUTES, view, redirect, response, locale), "_page", Map.of(),
                request, Map.of(), "mode", () -> {
                    minutes.approve(cooperationId, meetingId, request);
                    return text(locale, "meeting.done.approved");
                });
    }

    @PostMapping("/compte-rendu/publication")
    String publishMinutes(@PathVariable String cooperationId, @PathVariable String meetingId, Model view, RedirectAttributes redirect,
                          HttpServletResponse response, Locale locale) throws JsonProcessingException {
        return minutesStep(cooperationId, meetingId, view, redirect, response, locale, "meeting.done.minutesPublished",
                           () -> minutes.publish(cooperationId, meetingId));
    }

    @PostMapping("/compte-rendu/rectificatifs")
    String proposeAmendment(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam(defaultValue = "") String text,
                            Model view, RedirectAttributes redirect, HttpServletResponse response, Locale locale) throws JsonProcessingException {
        MeetingRequests.NewAmendment request = new MeetingRequests.NewAmendment(null, text);
        return submit(new Submission(cooperationId, meetingId, MINUTES, view, redirect, response, locale), "rectificatif",
                Map.of("text", text), request, Map.of(), "text", () -> {
                    minutes.proposeAmendment(cooperationId, meetingId, request);
                    return text(locale, "meeting.done.amendmentProposed");
                });
    }

    @PostMapping("/compte-rendu/rectificatifs/approbation")
    String approveAmendment(@PathVariable String cooperationId, @PathVariable String meetingId,
                            @RequestParam(defaultValue = "") String amendmentId, Model view, RedirectAttributes redirect,
                            HttpServletResponse response, Locale locale) throws JsonProcessingException {
        MeetingRequests.Approval request = new MeetingRequests.Approval(MinutesApprovalMode.CONVENOR, null);
        return submit(new Submission(cooperationId, meetingId, MINUTES, view, redirect, response, locale), "_page", Map.of(),
                request, Map.of(), "amendmentId", () -> {
                    minutes.approveAmendment(cooperationId, meetingId, amendmentId, request);
                    return text(locale, "meeting.done.amendmentApproved");
                });
    }

    private String minutesStep(String cooperationId, String meetingId, Model view, RedirectAttributes redirect,
                               HttpServletResponse response, Locale locale, String done, Runnable step) throws JsonProcessingException {
        return submit(new Submission(cooperationId, meetingId, MINUTES, view, redirect, response, locale), "_page", Map.of(),
                null, Map.of(), "minutes", () -> {
                    step.run();
                    return text(locale, done);
                });
    }

    private String submit(Submission submission, String formName, Map<String, String> values, Object request,
                          Map<String, String> preliminaryErrors, String mainField, Supplier<String> action)
            throws JsonProcessingException {
        return submit(submission, formName, values, request, preliminaryErrors, mainField, action, submission.page());
    }

    private String submit(Submission submission, String formName, Map<String, String> values, Object request,
                          Map<String, String> preliminaryErrors, String mainField, Supplier<String> action, String nextPage)
            throws JsonProcessingException {
        model.seen(submission.cooperationId(), submission.meetingId(), submission.model());
        PageForm.Outcome outcome = form.submit(request, preliminaryErrors, mainField, action);
        if (outcome.done()) {
            submission.redirect().addFlashAttribute("confirmation", outcome.confirmation());
            return "redirect:/cooperations/" + submission.cooperationId() + "/reunions/" + submission.meetingId()
                   + PAGE_PATHS.get(nextPage);
        }
        submission.response().setStatus(422);
        submission.model().addAttribute("failedForm", formName);
        submission.model().addAttribute("failedErrors", outcome.errors());
        submission.model().addAttribute("failedValues", new HashMap<>(values));
        return pages.render(submission.cooperationId(), submission.meetingId(), submission.page(), submission.model(),
                            submission.locale());
    }

    /** "person:<id>" or "organisation:<id>", as the pages' selects give them: {personId, organisationId}. */
    private static String[] party(String choice) {
        if (choice != null && choice.startsWith("person:")) {
            return new String[]{choice.substring("person:".length()), null};
        }
        if (choice != null && choice.startsWith("organisation:")) {
            return new String[]{null, choice.substring("organisation:".length())};
        }
        return new String[]{null, null};
    }

    private <T> T parse(String value, Function<String, T> parser, String field, Map<String, String> errors, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (DateTimeParseException unreadable) {
            errors.put(field, text(locale, "meeting.field.unreadable", value));
            return null;
        }
    }

    private Integer integer(String value, String field, Map<String, String> errors, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException unreadable) {
            errors.put(field, text(locale, "meeting.field.notANumber", value));
            return null;
        }
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return Stream.of(type.getEnumConstants()).filter(value -> value.name().equals(name)).findFirst().orElse(null);
    }
}
