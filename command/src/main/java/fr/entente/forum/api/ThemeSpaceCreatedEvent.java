package fr.entente.forum.api;


import org.axonframework.serialization.Revision;

/** A space on a theme was created by an administrator ({@code createdBy}); its members are added by the events that follow. */
@Revision("1")
public record ThemeSpaceCreatedEvent(String spaceId, String cooperationId, String title, String description, String createdBy) {
}
