package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Puts one or more requests on the agenda as one item (several requests are merged); {@code title}
 * may be {@code null} to keep the first request's title.
 */
public record AcceptAgendaItemRequestsCommand(@TargetAggregateIdentifier String meetingId, String itemId, List<String> requestIds, String title) {
}
