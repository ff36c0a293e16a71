package fr.entente.web.document.rest;

import fr.entente.web.document.DocumentSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Full-text search of the documents a person may see, across the spaces of a cooperation. */
@RestController
@Tag(name = "Documents")
public class DocumentSearchController {

    private final DocumentSearch search;

    public DocumentSearchController(DocumentSearch search) {
        this.search = search;
    }

    @GetMapping(path = "/api/cooperations/{cooperationId}/documents/search", produces = "application/json")
    @Operation(summary = "Search the names and texts of the documents the reader may see",
               description = "In French: accents, elisions and plurals folded (« etudes » finds « Études »); the texts "
                             + "of PDFs, Open XML and OpenDocument files and text files; the best 50, with their "
                             + "name and an extract HTML-escaped, the words found marked <mark>. Only the spaces and "
                             + "folders the reader sees; documents in the trash are left out.")
    public List<DocumentSearch.Found> search(@PathVariable String cooperationId,
                                             @RequestParam(name = "q", defaultValue = "") String text) {
        return search.search(cooperationId, text);
    }
}
