package fr.entente.forum.api;

import java.util.List;

/**
 * Whom a post mentions, as its writer's client resolved the {@code @person} and {@code @espace} in its text: people by
 * identifier, and whether everyone in the space is. The thread keeps only the members of its space: a person outside
 * it is neither notified nor named anywhere.
 */
public record Mentions(List<String> personIds, boolean wholeSpace) {

    public static final Mentions NONE = new Mentions(List.of(), false);

    public Mentions {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }

    public boolean none() {
        return personIds.isEmpty() && !wholeSpace;
    }
}
