package fr.entente.web.document.pages;

import fr.entente.web.document.DocumentSearch;
import fr.entente.web.pages.PageController;
import fr.entente.web.security.CooperationAccess;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The page that searches the documents a person may see ({@code ?q=}), through the same application layer as the API. */
@PageController
class DocumentSearchPageController {

    private final DocumentSearch search;
    private final CooperationAccess cooperations;

    DocumentSearchPageController(DocumentSearch search, CooperationAccess cooperations) {
        this.search = search;
        this.cooperations = cooperations;
    }

    @GetMapping("/cooperations/{cooperationId}/documents/recherche")
    String search(@PathVariable String cooperationId, @RequestParam(name = "q", defaultValue = "") String text,
                  Model model) {
        model.addAttribute("cooperation", cooperations.cooperation(cooperationId).cooperation());
        model.addAttribute("q", text);
        model.addAttribute("searched", !text.isBlank());
        model.addAttribute("results", search.search(cooperationId, text));
        return "documents-recherche";
    }
}
