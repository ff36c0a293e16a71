package fr.entente.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that a person asked to read a document, who has not opened it, is reminded (sent by the hub's reminder job
 * before it mails them): once per request, so that a reminder never goes twice, whatever the nodes and restarts.
 */
public record RemindReaderCommand(@TargetAggregateIdentifier String documentId, String cooperationId, String readerId) {
}
