package fr.entente.forum.query;

import fr.entente.forum.api.SpaceKind;
import fr.entente.forum.api.SpaceRole;

import java.util.List;
import java.util.Optional;

/**
 * A forum space: a body's ({@code bodyId} set, {@code title} null: the body's name is its title, read from the
 * directory) or a theme's ({@code title} and {@code description}); its members in the order they joined;
 * {@code position} is the log position of the last event applied.
 */
public record SpaceView(String spaceId, String cooperationId, SpaceKind kind, String bodyId, String title,
                        String description, List<SpaceMemberView> members, long position) {

    public SpaceView {
        members = members == null ? List.of() : List.copyOf(members);
    }

    public Optional<SpaceRole> roleOf(String personId) {
        return members.stream().filter(member -> member.personId().equals(personId)).map(SpaceMemberView::role).findFirst();
    }
}
