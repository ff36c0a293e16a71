package fr.entente.web.decision;

import fr.entente.decision.query.DecisionSummary;
import fr.entente.infra.pdf.HtmlToPdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A body's register as a tagged PDF in French, with the minutes' stack ({@link HtmlToPdf}): the numbered decisions,
 * their date of close, question, outcome, the centres that voted and any annulment with its reason.
 */
@Component
public class DecisionRegisterPdf {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final TemplateEngine templates;
    private final HtmlToPdf pdf;

    DecisionRegisterPdf(TemplateEngine templates, HtmlToPdf pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    public byte[] of(List<DecisionSummary> register, String bodyName, String cooperationName, Integer year) {
        Context context = new Context(Locale.FRENCH, Map.of(
                "register", register, "bodyName", bodyName, "cooperationName", cooperationName,
                "year", year == null ? "" : year, "zone", PARIS, "printedAt", ZonedDateTime.now(PARIS)));
        return pdf.render(templates.process("registre-pdf", context));
    }
}
