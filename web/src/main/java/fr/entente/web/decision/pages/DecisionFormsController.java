package fr.entente.web.decision.pages;

import fr.entente.decision.api.ConcernKind;
import fr.entente.decision.api.DecisionMode;
import fr.entente.decision.api.Majority;
import fr.entente.web.decision.DecisionRequests;
import fr.entente.web.decision.DecisionResults;
import fr.entente.web.decision.Decisions;
import fr.entente.web.pages.PageController;
import fr.entente.web.pages.PageForm;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The decisions' forms, answered as every page's forms are ({@link PageForm}): open a decision, vote, designate or
 * revoke a delegate, close, annul; back to the page with a confirmation, or with the errors next to the form.
 */
@PageController
public class DecisionFormsController {

    private final Decisions decisions;
    private final PageForm form;

    DecisionFormsController(Decisions decisions, PageForm form) {
        this.decisions = decisions;
        this.form = form;
    }

    @PostMapping("/cooperations/{cooperationId}/instances/{bodyId}/decisions")
    String open(@PathVariable String cooperationId, @PathVariable String bodyId, @RequestParam Map<String, String> fields,
                RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        String newPage = "/cooperations/" + cooperationId + "/instances/" + bodyId + "/decisions/nouvelle";
        DecisionMode mode = form.parse(fields.get("mode"), DecisionMode::valueOf, "mode", errors, locale);
        Majority majority = form.parse(fields.get("majority"), Majority::valueOf, "majority", errors, locale);
        ConcernKind concern = form.parse(fields.get("concernKind"), ConcernKind::valueOf, "concernKind", errors, locale);
        Integer quorum = form.integer(fields.get("quorum"), "quorum", errors, locale);
        Instant deadline = form.parse(fields.get("deadline"),
                                      typed -> LocalDateTime.parse(typed).atZone(DecisionPageModel.PARIS).toInstant(),
                                      "deadline", errors, locale);
        List<String> options = Arrays.stream(fields.getOrDefault("options", "").split("\\R"))
                                     .map(String::strip).filter(option -> !option.isEmpty()).toList();
        DecisionRequests.NewDecision request = new DecisionRequests.NewDecision(fields.get("question"),
                fields.get("text"), options, concern, blankToNull(fields.get("concernReference")), quorum, majority,
                mode, deadline, null, "oui".equals(fields.get("partnersVote")));
        String[] opened = new String[1];
        PageForm.Outcome outcome = form.submit(request, errors, "question", () -> {
            DecisionResults.Opened done = decisions.open(cooperationId, bodyId, request);
            opened[0] = done.decisionId();
            return form.text(locale, "decision.done.opened");
        });
        return form.answer(outcome, "decision", fields, newPage,
                           outcome.done() ? "/cooperations/" + cooperationId + "/decisions/" + opened[0] : newPage, redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/decisions/{decisionId}/vote")
    String vote(@PathVariable String cooperationId, @PathVariable String decisionId,
                @RequestParam(defaultValue = "") String option, RedirectAttributes redirect, Locale locale) {
        DecisionRequests.Vote request = new DecisionRequests.Vote(option);
        return answer(cooperationId, decisionId, "vote", Map.of("option", option), request, "option", redirect,
                      () -> {
                          decisions.vote(cooperationId, decisionId, request);
                          return form.text(locale, "decision.done.voted", option);
                      });
    }

    /** At the meeting, the officer records the vote of a centre present (by show of hands). */
    @PostMapping("/cooperations/{cooperationId}/decisions/{decisionId}/releve")
    String recordVote(@PathVariable String cooperationId, @PathVariable String decisionId,
                      @RequestParam(defaultValue = "") String organisationId, @RequestParam(defaultValue = "") String option,
                      RedirectAttributes redirect, Locale locale) {
        DecisionRequests.RecordedVote request = new DecisionRequests.RecordedVote(blankToNull(organisationId), option);
        return answer(cooperationId, decisionId, "releve", Map.of("organisationId", organisationId, "option", option),
                      request, "option", redirect, () -> {
                          decisions.recordVote(cooperationId, decisionId, request);
                          return form.text(locale, "decision.done.recorded", option);
                      });
    }

    @PostMapping("/cooperations/{cooperationId}/decisions/{decisionId}/delegue")
    String delegate(@PathVariable String cooperationId, @PathVariable String decisionId,
                    @RequestParam(defaultValue = "") String delegateId, @RequestParam(defaultValue = "") String revoke,
                    RedirectAttributes redirect, Locale locale) {
        DecisionRequests.Delegate request = new DecisionRequests.Delegate(delegateId);
        return answer(cooperationId, decisionId, "delegue", Map.of("delegateId", delegateId), request, "delegateId",
                      redirect, () -> {
                          if (revoke.isEmpty()) {
                              decisions.designate(cooperationId, decisionId, request);
                              return form.text(locale, "decision.done.delegated");
                          }
                          decisions.revoke(cooperationId, decisionId);
                          return form.text(locale, "decision.done.revoked");
                      });
    }

    @PostMapping("/cooperations/{cooperationId}/decisions/{decisionId}/cloture")
    String close(@PathVariable String cooperationId, @PathVariable String decisionId, RedirectAttributes redirect,
                 Locale locale) {
        return answer(cooperationId, decisionId, "cloture", Map.of(), null, "_page", redirect, () -> {
            decisions.close(cooperationId, decisionId);
            return form.text(locale, "decision.done.closed");
        });
    }

    @PostMapping("/cooperations/{cooperationId}/decisions/{decisionId}/annulation")
    String annul(@PathVariable String cooperationId, @PathVariable String decisionId,
                 @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
        DecisionRequests.Annulment request = new DecisionRequests.Annulment(reason);
        return answer(cooperationId, decisionId, "annulation", Map.of("reason", reason), request, "reason", redirect,
                      () -> {
                          decisions.annul(cooperationId, decisionId, request);
                          return form.text(locale, "decision.done.annulled");
                      });
    }

    private String answer(String cooperationId, String decisionId, String formName, Map<String, String> values,
                          Object request, String mainField, RedirectAttributes redirect, Supplier<String> action) {
        String page = "/cooperations/" + cooperationId + "/decisions/" + decisionId;
        PageForm.Outcome outcome = form.submit(request, Map.of(), mainField, action);
        return form.answer(outcome, formName, values, page, redirect);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
