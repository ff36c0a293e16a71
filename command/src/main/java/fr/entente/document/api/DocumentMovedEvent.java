package fr.entente.document.api;

import org.axonframework.serialization.Revision;

/** A document was moved to another folder of its space ({@code null}: the root). */
@Revision("1")
public record DocumentMovedEvent(String documentId, String fromFolderId, String toFolderId, String movedBy) {
}
