package fr.entente.web.study;

import fr.entente.infra.pdf.HtmlToPdf;
import fr.entente.study.query.StudyView;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "fiche étude": a study and its chain on one tagged PDF, in the reader's language, with the minutes' stack
 * ({@link HtmlToPdf}): the proposal, the committee's decision and its number, the launch and milestones, the progress,
 * the results and their documents, who was informed and when, the disseminations and the arbitrations.
 */
@Component
public class StudySheetPdf {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final TemplateEngine templates;
    private final HtmlToPdf pdf;

    StudySheetPdf(TemplateEngine templates, HtmlToPdf pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    /** {@code names}: people's and organisations' names by id; {@code documents}: the results' names by id. */
    public byte[] of(StudyView study, String cooperationName, Map<String, String> names, Map<String, String> documents,
                     Locale locale) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("study", study);
        variables.put("cooperationName", cooperationName);
        variables.put("names", names);
        variables.put("documents", documents);
        variables.put("zone", PARIS);
        variables.put("printedAt", ZonedDateTime.now(PARIS));
        variables.put("requestingCentres", named(study.proposal().requestingCentres(), names));
        variables.put("participatingCentres", study.launch() == null ? List.of()
                : named(study.launch().participatingCentres(), names));
        return pdf.render(templates.process("etude-pdf", new Context(locale, variables)));
    }

    private static List<String> named(List<String> ids, Map<String, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, id)).toList();
    }
}
