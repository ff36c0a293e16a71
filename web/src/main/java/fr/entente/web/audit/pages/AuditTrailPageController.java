package fr.entente.web.audit.pages;

import fr.entente.web.audit.AuditTrail;
import fr.entente.web.audit.TrailRequest;
import fr.entente.web.audit.TrailSentences;
import fr.entente.web.pages.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit trail's pages, for the directors: the acts with their filters, page after page, each said in the reader's
 * language and answering "why?"; the exports of what the filters give. Through the same application layer as the API.
 */
@PageController
public class AuditTrailPageController {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int PER_PAGE = 50;
    private static final List<String> KINDS = List.of("cooperation", "meeting", "forum", "decision", "study", "document");

    private final AuditTrail trail;

    AuditTrailPageController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/cooperations/{cooperationId}/journal")
    String trail(@PathVariable String cooperationId, @ModelAttribute("filters") TrailRequest request,
                 @RequestParam(required = false) Long before, Model model, Locale locale) {
        AuditTrail.Page page = trail.page(cooperationId, request.filter(), before, PER_PAGE, locale);
        TrailSentences.Names names = trail.names(cooperationId);
        model.addAttribute("cooperationId", cooperationId);
        model.addAttribute("page", page);
        model.addAttribute("zone", PARIS);
        model.addAttribute("bodies", new TreeMap<>(names.bodies()));
        model.addAttribute("organisations", sortedByName(names.organisations()));
        model.addAttribute("kinds", KINDS);
        String query = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("before").build().getQuery();
        model.addAttribute("filterQuery", query == null ? "" : query);
        model.addAttribute("nextQuery", page.nextBefore() == null ? null
                : ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("before", page.nextBefore()).build().getQuery());
        return "journal";
    }

    @GetMapping("/cooperations/{cooperationId}/journal/{position:[0-9]+}")
    String act(@PathVariable String cooperationId, @PathVariable long position, Model model, Locale locale) {
        model.addAttribute("cooperationId", cooperationId);
        model.addAttribute("explained", trail.explained(cooperationId, position, locale));
        model.addAttribute("zone", PARIS);
        return "journal-acte";
    }

    private static Map<String, String> sortedByName(Map<String, String> names) {
        Map<String, String> sorted = new java.util.LinkedHashMap<>();
        names.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }
}
