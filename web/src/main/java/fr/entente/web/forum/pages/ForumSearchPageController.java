package fr.entente.web.forum.pages;

import fr.entente.web.forum.ForumReading;
import fr.entente.web.forum.ForumSearch;
import fr.entente.web.pages.PageController;
import fr.entente.web.security.CooperationAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.ZoneId;

/** The forum's search page: a form (words, space, dates) and the posts found, with their extracts marked. */
@PageController
class ForumSearchPageController {

    private final ForumSearch search;
    private final ForumReading reading;
    private final CooperationAccess cooperations;

    ForumSearchPageController(ForumSearch search, ForumReading reading, CooperationAccess cooperations) {
        this.search = search;
        this.reading = reading;
        this.cooperations = cooperations;
    }

    @GetMapping("/cooperations/{cooperationId}/forum/recherche")
    String search(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String q,
                  @RequestParam(required = false) String espace,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate du,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate au,
                  Model model) {
        model.addAttribute("cooperation", cooperations.cooperation(cooperationId).cooperation());
        model.addAttribute("spaces", reading.spaces(cooperationId));
        model.addAttribute("q", q);
        model.addAttribute("espace", espace);
        model.addAttribute("du", du);
        model.addAttribute("au", au);
        model.addAttribute("searched", !q.isBlank());
        model.addAttribute("results", search.search(cooperationId, q, espace, du, au));
        model.addAttribute("paris", ZoneId.of("Europe/Paris"));
        return "forum-recherche";
    }
}
