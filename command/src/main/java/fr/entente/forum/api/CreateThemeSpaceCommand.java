package fr.entente.forum.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a space on a theme with the people chosen, of the cooperation's centres and partners; an administrator does. */
public record CreateThemeSpaceCommand(@TargetAggregateIdentifier String spaceId, String cooperationId, String title, String description, List<String> memberIds, List<String> moderatorIds) {
}
