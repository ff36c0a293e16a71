package fr.entente.document.query;

/**
 * A document found: where it is, its name and an extract of its text, both HTML-escaped with the words found marked
 * {@code <mark>}.
 */
public record DocumentSearchHit(String documentId, String spaceId, String folderId, String name, String nameHtml,
                                String extractHtml, float score) {
}
