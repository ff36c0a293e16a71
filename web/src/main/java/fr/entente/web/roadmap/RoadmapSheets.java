package fr.entente.web.roadmap;

import fr.entente.infra.pdf.HtmlToPdf;
import fr.entente.roadmap.query.RoadmapView;
import fr.entente.web.security.CooperationAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The roadmap as a tagged PDF, in the reader's language (the minutes' stack, {@link HtmlToPdf}). */
@Component
public class RoadmapSheets {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final RoadmapAccess access;
    private final RoadmapLines lines;
    private final CooperationAccess cooperations;
    private final TemplateEngine templates;
    private final HtmlToPdf pdf;

    RoadmapSheets(RoadmapAccess access, RoadmapLines lines, CooperationAccess cooperations, TemplateEngine templates,
                  HtmlToPdf pdf) {
        this.access = access;
        this.lines = lines;
        this.cooperations = cooperations;
        this.templates = templates;
        this.pdf = pdf;
    }

    public ResponseEntity<byte[]> response(String cooperationId, String roadmapId, Locale locale) {
        RoadmapView roadmap = access.seen(cooperationId, roadmapId);
        Map<String, Object> variables = new HashMap<>();
        variables.put("roadmap", roadmap);
        variables.put("axes", lines.of(cooperationId, roadmap));
        variables.put("cooperationName", cooperations.cooperation(cooperationId).cooperation().name());
        variables.put("zone", PARIS);
        variables.put("printedAt", ZonedDateTime.now(PARIS));
        byte[] document = pdf.render(templates.process("feuille-de-route-pdf", new Context(locale, variables)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                     .filename("feuille-de-route-" + roadmap.year() + ".pdf").build().toString())
                             .body(document);
    }
}
