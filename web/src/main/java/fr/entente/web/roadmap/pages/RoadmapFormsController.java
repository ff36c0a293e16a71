package fr.entente.web.roadmap.pages;

import fr.entente.web.pages.FormFields;
import fr.entente.web.pages.PageController;
import fr.entente.web.pages.PageForm;
import fr.entente.web.roadmap.RoadmapRequests;
import fr.entente.web.roadmap.Roadmaps;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The roadmap page's forms, through the same application layer as the API ({@link Roadmaps}): put it to the committee,
 * report an action's progress, link a study to an action, record the year-end evaluation. Back to the page with a
 * confirmation, or with the refusal, in the reader's language, next to the form.
 */
@PageController
public class RoadmapFormsController {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Roadmaps roadmaps;
    private final PageForm form;

    RoadmapFormsController(Roadmaps roadmaps, PageForm form) {
        this.roadmaps = roadmaps;
        this.form = form;
    }

    @PostMapping("/cooperations/{cooperationId}/feuilles-de-route/{roadmapId}/validation")
    String submit(@PathVariable String cooperationId, @PathVariable String roadmapId,
                  @RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Instant deadline = form.parse(fields.get("deadline"), value -> LocalDateTime.parse(value).atZone(PARIS).toInstant(),
                                      "deadline", errors, locale);
        RoadmapRequests.ToTheCommittee request = new RoadmapRequests.ToTheCommittee(fields.get("bodyId"), deadline);
        return answer(cooperationId, roadmapId, "validation", fields, errors, "bodyId", redirect, () -> {
            roadmaps.submitForValidation(cooperationId, roadmapId, request);
            return form.text(locale, "roadmap.done.submitted");
        });
    }

    @PostMapping("/cooperations/{cooperationId}/feuilles-de-route/{roadmapId}/avancement")
    String progress(@PathVariable String cooperationId, @PathVariable String roadmapId,
                    @RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer percent = form.integer(fields.get("percent"), "percent", errors, locale);
        RoadmapRequests.Progress request = new RoadmapRequests.Progress(FormFields.blankToNull(fields.get("actionId")),
                                                                        percent, fields.get("text"));
        return answer(cooperationId, roadmapId, "avancement", fields, errors, "text", redirect, () -> {
            roadmaps.reportProgress(cooperationId, roadmapId, request);
            return form.text(locale, "roadmap.done.progress");
        });
    }

    @PostMapping("/cooperations/{cooperationId}/feuilles-de-route/{roadmapId}/etude")
    String link(@PathVariable String cooperationId, @PathVariable String roadmapId,
                @RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
        RoadmapRequests.StudyLink request = new RoadmapRequests.StudyLink(FormFields.blankToNull(fields.get("actionId")),
                                                                          FormFields.blankToNull(fields.get("studyId")));
        return answer(cooperationId, roadmapId, "etude", fields, Map.of(), "studyId", redirect, () -> {
            roadmaps.linkStudy(cooperationId, roadmapId, request);
            return form.text(locale, "roadmap.done.linked");
        });
    }

    @PostMapping("/cooperations/{cooperationId}/feuilles-de-route/{roadmapId}/evaluation")
    String evaluate(@PathVariable String cooperationId, @PathVariable String roadmapId,
                    @RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
        RoadmapRequests.Evaluation request = new RoadmapRequests.Evaluation(fields.get("evaluation"));
        return answer(cooperationId, roadmapId, "evaluation", fields, Map.of(), "text", redirect, () -> {
            roadmaps.evaluate(cooperationId, roadmapId, request);
            return form.text(locale, "roadmap.done.evaluated");
        });
    }

    private String answer(String cooperationId, String roadmapId, String formName, Map<String, String> values,
                          Map<String, String> errors, String mainField, RedirectAttributes redirect,
                          Supplier<String> action) {
        PageForm.Outcome outcome = form.submit(null, errors, mainField, action);
        return form.answer(outcome, formName, new LinkedHashMap<>(values), page(cooperationId, roadmapId), redirect);
    }

    static String page(String cooperationId, String roadmapId) {
        return "/cooperations/" + cooperationId + "/feuilles-de-route/" + roadmapId;
    }
}
