package fr.entente.document.query;

/** A document with its versions, if it exists. */
public record FindDocumentQuery(String documentId) {
}
