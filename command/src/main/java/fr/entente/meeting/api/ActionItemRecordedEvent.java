package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An action decided on an agenda item, owned by an organisation or a person, due by a date.
 */
@Revision("1")
public record ActionItemRecordedEvent(String meetingId, String actionId, String itemId, String what, String ownerOrganisationId,
                                      String ownerPersonId, LocalDate dueDate) {
}
