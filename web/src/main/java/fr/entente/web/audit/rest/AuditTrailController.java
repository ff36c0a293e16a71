package fr.entente.web.audit.rest;

import fr.entente.web.audit.AuditTrail;
import fr.entente.web.audit.TrailExport;
import fr.entente.web.audit.TrailRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.Locale;

/** The audit trail: who did what, when, for which centre, on which body or meeting, and why. */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}/audit/trail", produces = "application/json")
@Tag(name = "Journal d'audit")
public class AuditTrailController {

    private final AuditTrail trail;
    private final TrailExport export;

    public AuditTrailController(AuditTrail trail, TrailExport export) {
        this.trail = trail;
        this.export = export;
    }

    @GetMapping
    @Operation(summary = "A page of the trail, newest first",
               description = "Each act with its sentence in the reader's language. Filters: body, meeting, person (the "
                             + "actor), organisation (the actor's centre or partner), kind (cooperation, meeting…), from "
                             + "and to (days, to included), q (words in the act's values). The next page: before=nextBefore.")
    public AuditTrail.Page page(@PathVariable String cooperationId, @ParameterObject TrailRequest request,
                                @RequestParam(required = false) Long before,
                                @RequestParam(defaultValue = "50") int limit, Locale locale) {
        return trail.page(cooperationId, request.filter(), before, limit, locale);
    }

    @GetMapping("/{position:[0-9]+}")
    @Operation(summary = "One act and why: the acts it follows from, oldest first")
    public AuditTrail.Explained act(@PathVariable String cooperationId, @PathVariable long position, Locale locale) {
        return trail.explained(cooperationId, position, locale);
    }

    @GetMapping("/export.csv")
    @Operation(summary = "The whole trail the filters give, as CSV (UTF-8, comma-separated, a header line)")
    public void csv(@PathVariable String cooperationId, @ParameterObject TrailRequest request, Locale locale,
                    HttpServletResponse response) throws IOException {
        TrailExport.Writer writer = export.csv(cooperationId, request.filter(), locale);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"journal-" + cooperationId + ".csv\"");
        writer.writeTo(response.getOutputStream());
    }

    @GetMapping("/export.json")
    @Operation(summary = "The whole trail the filters give, as a JSON array")
    public void json(@PathVariable String cooperationId, @ParameterObject TrailRequest request, Locale locale,
                     HttpServletResponse response) throws IOException {
        TrailExport.Writer writer = export.json(cooperationId, request.filter(), locale);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"journal-" + cooperationId + ".json\"");
        writer.writeTo(response.getOutputStream());
    }
}
