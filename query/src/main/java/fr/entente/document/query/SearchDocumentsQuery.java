package fr.entente.document.query;

import java.util.List;

/**
 * Searches the names and texts of the documents (out of the trash) of these spaces of a cooperation (those the person
 * sees; never empty), in French (accents and plurals folded); the best first, at most {@code limit}. The folders'
 * rights are the caller's to apply to the hits.
 */
public record SearchDocumentsQuery(String cooperationId, List<String> spaceIds, String text, int limit) {

    public SearchDocumentsQuery {
        spaceIds = spaceIds == null ? List.of() : List.copyOf(spaceIds);
    }
}
