package fr.entente.web.meeting.pages;

import fr.entente.web.pages.FormFields;
import fr.entente.meeting.api.MinutesApprovalMode;
import fr.entente.web.meeting.MeetingRequests;
import fr.entente.web.meeting.MeetingMinutes;
import fr.entente.web.pages.PageController;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The minutes page's forms: draft, edit, submit, approve, publish; amendments and their approval. */
@PageController
@RequestMapping("/cooperations/{cooperationId}/reunions/{meetingId}")
public class MinutesFormsController {

    private final MeetingForms forms;
    private final MeetingMinutes minutes;

    MinutesFormsController(MeetingForms forms, MeetingMinutes minutes) {
        this.forms = forms;
        this.minutes = minutes;
    }

    @PostMapping("/compte-rendu/brouillon")
    String draft(@PathVariable String cooperationId, @PathVariable String meetingId, RedirectAttributes redirect, Locale locale) {
        return minutesStep(cooperationId, meetingId, redirect, locale, "meeting.done.drafted",
                           () -> minutes.draft(cooperationId, meetingId));
    }

    @PostMapping("/compte-rendu/texte")
    String editMinutes(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        MeetingRequests.MinutesEdit request = new MeetingRequests.MinutesEdit(
                forms.integer(fields.get("baseVersion"), "baseVersion", errors, locale), fields.get("text"));
        return forms.submit(MeetingForms.on(MeetingForms.MINUTES, cooperationId, meetingId, redirect, locale), "texte", fields,
                request, errors, "text", () -> forms.text(locale, "meeting.done.minutesEdited",
                                                    minutes.edit(cooperationId, meetingId, request).version()));
    }

    @PostMapping("/compte-rendu/soumission")
    String submitMinutes(@PathVariable String cooperationId, @PathVariable String meetingId, RedirectAttributes redirect, Locale locale) {
        return minutesStep(cooperationId, meetingId, redirect, locale, "meeting.done.submitted",
                           () -> minutes.submit(cooperationId, meetingId));
    }

    @PostMapping("/compte-rendu/approbation")
    String approve(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam(defaultValue = "") String mode,
                   @RequestParam(defaultValue = "") String atMeetingId, RedirectAttributes redirect, Locale locale) {
        MeetingRequests.Approval request = new MeetingRequests.Approval(FormFields.enumOf(MinutesApprovalMode.class, mode), FormFields.blankToNull(atMeetingId));
        return forms.submit(MeetingForms.on(MeetingForms.MINUTES, cooperationId, meetingId, redirect, locale), "_page", Map.of(),
                request, Map.of(), "mode", () -> {
                    minutes.approve(cooperationId, meetingId, request);
                    return forms.text(locale, "meeting.done.approved");
                });
    }

    @PostMapping("/compte-rendu/publication")
    String publishMinutes(@PathVariable String cooperationId, @PathVariable String meetingId, RedirectAttributes redirect, Locale locale) {
        return minutesStep(cooperationId, meetingId, redirect, locale, "meeting.done.minutesPublished",
                           () -> minutes.publish(cooperationId, meetingId));
    }

    @PostMapping("/compte-rendu/rectificatifs")
    String proposeAmendment(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam(defaultValue = "") String text, RedirectAttributes redirect, Locale locale) {
        MeetingRequests.NewAmendment request = new MeetingRequests.NewAmendment(null, text);
        return forms.submit(MeetingForms.on(MeetingForms.MINUTES, cooperationId, meetingId, redirect, locale), "rectificatif",
                Map.of("text", text), request, Map.of(), "text", () -> {
                    minutes.proposeAmendment(cooperationId, meetingId, request);
                    return forms.text(locale, "meeting.done.amendmentProposed");
                });
    }

    @PostMapping("/compte-rendu/rectificatifs/approbation")
    String approveAmendment(@PathVariable String cooperationId, @PathVariable String meetingId,
                            @RequestParam(defaultValue = "") String amendmentId, RedirectAttributes redirect, Locale locale) {
        MeetingRequests.Approval request = new MeetingRequests.Approval(MinutesApprovalMode.CONVENOR, null);
        return forms.submit(MeetingForms.on(MeetingForms.MINUTES, cooperationId, meetingId, redirect, locale), "_page", Map.of(),
                request, Map.of(), "amendmentId", () -> {
                    minutes.approveAmendment(cooperationId, meetingId, amendmentId, request);
                    return forms.text(locale, "meeting.done.amendmentApproved");
                });
    }

    private String minutesStep(String cooperationId, String meetingId, RedirectAttributes redirect, Locale locale, String done, Runnable step) {
        return forms.submit(MeetingForms.on(MeetingForms.MINUTES, cooperationId, meetingId, redirect, locale), "_page", Map.of(),
                null, Map.of(), "minutes", () -> {
                    step.run();
                    return forms.text(locale, done);
                });
    }
}
