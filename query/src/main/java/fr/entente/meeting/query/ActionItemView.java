package fr.entente.meeting.query;

import java.time.LocalDate;

/** An action decided on an agenda item, owned by an organisation or a person. */
public record ActionItemView(String actionId, String itemId, String what, String ownerOrganisationId, String ownerPersonId,
                             LocalDate dueDate) {
}
