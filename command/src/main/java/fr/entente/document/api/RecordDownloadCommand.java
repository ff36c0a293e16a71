package fr.entente.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the person acting downloaded a version of a document (sent by the hub as it serves the bytes). */
public record RecordDownloadCommand(@TargetAggregateIdentifier String documentId, String cooperationId, int version) {
}
