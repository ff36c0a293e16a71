package fr.entente.web.forum.rest;

import fr.entente.web.forum.ForumSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** Searching the forum, within what the person may see. */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}/forum/search", produces = "application/json")
@Tag(name = "Forum")
public class ForumSearchController {

    private final ForumSearch search;

    public ForumSearchController(ForumSearch search) {
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "Search posts, titles and authors in French (« études » finds « étude », « reunion » finds "
                         + "« réunion »), in the spaces one is a member of only; optionally in one space (space) and "
                         + "between two dates (from, to: yyyy-MM-dd, Europe/Paris)",
               description = "Extracts are HTML: the words found in <mark>, the rest escaped. Best matches first, 50 at most.")
    public List<ForumSearch.Found> search(@PathVariable String cooperationId, @RequestParam(defaultValue = "") String q,
                                          @RequestParam(required = false) String space,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return search.search(cooperationId, q, space, from, to);
    }
}
