package fr.entente.web.meeting.pages;

import fr.entente.web.pages.Confirmation;
import fr.entente.web.pages.PastDates;
import fr.entente.web.meeting.MeetingAccess;
import fr.entente.web.meeting.SeenMeeting;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.entente.web.pages.FormFields;
import fr.entente.meeting.api.AttendanceStatus;
import fr.entente.meeting.api.ProposalOutcome;
import fr.entente.web.meeting.MeetingProceedings;
import fr.entente.web.meeting.MeetingRequests;
import fr.entente.web.meeting.MeetingResults;
import fr.entente.web.meeting.ProposalVotes;
import fr.entente.web.pages.PageController;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The live view's forms: the current item, notes (a save from an older version is kept beside the newer one, and
 * its author told), proposals and their outcome, actions, attendance, the end of the meeting.
 */
@PageController
@RequestMapping("/cooperations/{cooperationId}/reunions/{meetingId}")
public class LiveMeetingFormsController {

    private final MeetingForms forms;
    private final PastDates pastDates;
    private final MeetingAccess access;
    private final MeetingProceedings live;
    private final ProposalVotes votes;

    LiveMeetingFormsController(MeetingForms forms, PastDates pastDates, MeetingAccess access, MeetingProceedings live,
                               ProposalVotes votes) {
        this.forms = forms;
        this.pastDates = pastDates;
        this.access = access;
        this.live = live;
        this.votes = votes;
    }

    @PostMapping("/point-courant")
    String moveTo(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam(defaultValue = "") String itemId, RedirectAttributes redirect, Locale locale) {
        MeetingRequests.CurrentItem request = new MeetingRequests.CurrentItem(itemId);
        return forms.submit(MeetingForms.on(MeetingForms.LIVE, cooperationId, meetingId, redirect, locale), "_page", Map.of(),
                request, Map.of(), "itemId", () -> {
                    live.moveTo(cooperationId, meetingId, request);
                    return forms.text(locale, "meeting.done.currentItem");
                });
    }

    @PostMapping("/notes")
    String saveNote(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam(defaultValue = "") String itemId,
                    @RequestParam(defaultValue = "") String blockId, @RequestParam(defaultValue = "") String baseVersion,
                    @RequestParam(defaultValue = "") String text, RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer base = forms.integer(baseVersion, "baseVersion", errors, locale);
        MeetingRequests.NoteBlock request = new MeetingRequests.NoteBlock(itemId, base == null || base == 0 ? null : base, text);
        Map<String, String> typed = Map.of("itemId", itemId, "blockId", blockId, "baseVersion", baseVersion, "text", text);
        return forms.submit(MeetingForms.on(MeetingForms.LIVE, cooperationId, meetingId, redirect, locale), "note", typed,
                request, errors, "text", () -> {
                    MeetingResults.NoteSaved saved = live.saveNote(cooperationId, meetingId, blockId.isBlank() ? "note-" + UUID.randomUUID() : blockId, request);
                    return forms.text(locale, saved != null && saved.outcome() == MeetingResults.NoteOutcome.CONFLICTING_COPY
                            ? "meeting.done.noteKeptBeside" : "meeting.done.noteSaved");
                });
    }

    @PostMapping("/propositions")
    String propose(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
        String[] by = FormFields.party(fields.get("proposedBy"));
        MeetingRequests.NewProposal request = new MeetingRequests.NewProposal(null, fields.get("itemId"), by[0], by[1],
                fields.get("text"), FormFields.enumOf(ProposalOutcome.class, fields.get("outcome")), FormFields.blankToNull(fields.get("referredToBodyId")));
        return forms.submit(MeetingForms.on(MeetingForms.LIVE, cooperationId, meetingId, redirect, locale), "proposition", fields,
                request, Map.of(), "text", () -> {
                    live.recordProposal(cooperationId, meetingId, request);
                    return forms.text(locale, "meeting.done.proposal");
                });
    }

    @PostMapping("/propositions/suite")
    String changeOutcome(@PathVariable String cooperationId, @PathVariable String meetingId,
                         @RequestParam(defaultValue = "") String proposalId, @RequestParam(defaultValue = "") String outcome,
                         @RequestParam(defaultValue = "") String referredToBodyId, RedirectAttributes redirect, Locale locale) {
        MeetingRequests.OutcomeChange request = new MeetingRequests.OutcomeChange(FormFields.enumOf(ProposalOutcome.class, outcome),
                                                                                 FormFields.blankToNull(referredToBodyId));
        return forms.submit(MeetingForms.on(MeetingForms.LIVE, cooperationId, meetingId, redirect, locale), "_page", Map.of(),
                request, Map.of(), "outcome", () -> {
                    live.changeOutcome(cooperationId, meetingId, proposalId, request);
                    return forms.text(locale, "meeting.done.outcomeChanged");
                });
    }

    /** The proposal is put to the body's vote: its line then links to the vote, where centres vote and it closes. */
    @PostMapping("/propositions/vote")
    String putToVote(@PathVariable String cooperationId, @PathVariable String meetingId,
                     @RequestParam(defaultValue = "") String proposalId, RedirectAttributes redirect, Locale locale) {
        return forms.submit(MeetingForms.on(MeetingForms.LIVE, cooperationId, meetingId, redirect, locale), "_page", Map.of(),
                proposalId, Map.of(), "proposalId", () -> {
                    votes.putToVote(cooperationId, meetingId, proposalId);
                    return forms.text(locale, "meeting.done.putToVote");
                });
    }

    @PostMapping("/actions")
    String action(@PathVariable String cooperationId, @PathVariable String meetingId, @RequestParam Map<String, String> fields,
                  RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        String[] owner = FormFields.party(fields.get("owner"));
        LocalDate due = FormFields.blankToNull(fields.get("dueDate")) == null ? null
                : forms.parse(fields.get("dueDate"), LocalDate::parse, "dueDate", errors, locale);
        MeetingRequests.NewActionItem request = new MeetingRequests.NewActionItem(null, fields.get("itemId"), fields.get("what"),
                owner[1], owner[0], due);
        Map<String, String> past = due == null ? Map.of() : pastDates.warnings(Map.of("dueDate", due), fields, locale);
        errors.putAll(past);
        return forms.submit(MeetingForms.on(MeetingForms.LIVE, cooperationId, meetingId, redirect, locale), "action",
                PastDates.asking(fields, past), request, errors, "what", () -> {
                    live.recordAction(cooperationId, meetingId, request);
                    return forms.text(locale, "meeting.done.action");
                });
    }

    /**
     * The whole attendance sheet in one form: one line per member, sent in the table's order; a refused line has its
     * error next to it (the refusal names {@code entries[i]}, shown under that member's line).
     */
    @PostMapping("/presences")
    String attendance(@PathVariable String cooperationId, @PathVariable String meetingId,
                      @RequestParam(defaultValue = "") List<String> personId, @RequestParam(defaultValue = "") List<String> status,
                      @RequestParam(defaultValue = "") List<String> representedBy, RedirectAttributes redirect, Locale locale) {
        List<MeetingRequests.AttendanceLine> lines = new ArrayList<>();
        Map<String, String> typed = new LinkedHashMap<>();
        for (int line = 0; line < personId.size(); line++) {
            String person = personId.get(line);
            String chosen = line < status.size() ? status.get(line) : "";
            String representative = line < representedBy.size() ? representedBy.get(line) : "";
            lines.add(new MeetingRequests.AttendanceLine(person, FormFields.enumOf(AttendanceStatus.class, chosen),
                                                         FormFields.blankToNull(representative)));
            typed.put("status-" + person, chosen);
            typed.put("representedBy-" + person, representative);
        }
        MeetingRequests.AttendanceSheet request = new MeetingRequests.AttendanceSheet(lines);
        return forms.submitLines(MeetingForms.on(MeetingForms.LIVE, cooperationId, meetingId, redirect, locale), "presences",
                typed, request, personId, () -> {
                    live.recordAttendanceSheet(cooperationId, meetingId, request);
                    return forms.text(locale, "meeting.done.attendance");
                });
    }

    /** Closing cannot be undone: the page that asks first, for the body's officer and convenor. */
    @GetMapping("/cloture")
    String confirmEnd(@PathVariable String cooperationId, @PathVariable String meetingId, Model model, Locale locale) {
        SeenMeeting seen = access.seen(cooperationId, meetingId);
        String live = "/cooperations/" + cooperationId + "/reunions/" + meetingId + "/en-direct";
        if (!seen.manager()) {
            return "redirect:" + live;
        }
        return new Confirmation(forms.text(locale, "meeting.end.confirm.title", seen.meeting().title()),
                                List.of(forms.text(locale, "meeting.end.confirm.live"),
                                        forms.text(locale, "meeting.end.confirm.kept")),
                                "/cooperations/" + cooperationId + "/reunions/" + meetingId + "/cloture", Map.of(),
                                forms.text(locale, "meeting.end.confirm.submit"), live).ask(model);
    }

    @PostMapping("/cloture")
    String end(@PathVariable String cooperationId, @PathVariable String meetingId,
               @RequestParam(name = Confirmation.FIELD, defaultValue = "") String confirmed, RedirectAttributes redirect,
               Locale locale) {
        if (!Confirmation.given(confirmed)) {
            return "redirect:/cooperations/" + cooperationId + "/reunions/" + meetingId + "/cloture";
        }
        return forms.submit(MeetingForms.on(MeetingForms.LIVE, cooperationId, meetingId, redirect, locale), "_page", Map.of(),
                null, Map.of(), "meeting", () -> {
                    live.end(cooperationId, meetingId);
                    return forms.text(locale, "meeting.done.ended");
                });
    }
}
