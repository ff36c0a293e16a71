package fr.entente.forum.query;

import fr.entente.cooperation.query.DirectoryQueries;
import fr.entente.forum.api.SpaceKind;
import fr.entente.forum.api.SpaceRole;
import fr.entente.forum.api.SpaceRoster;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who is in which space, for the threads' command handlers: the spaces' read model, and for a body's space the
 * directory as well (through its query), so that a person removed from the body is refused at once, before the
 * space's own roster has followed the body's a moment later.
 */
@Component
public class SpaceRosterFromReadModels implements SpaceRoster {

    private final ForumSpacesProjection spaces;
    private final DirectoryQueries directory;

    /** Lazy: the query gateway is built with the Axon configuration, which command handlers' resources are part of. */
    public SpaceRosterFromReadModels(ForumSpacesProjection spaces, @Lazy QueryGateway queries) {
        this.spaces = spaces;
        this.directory = new DirectoryQueries(queries);
    }

    @Override
    public Optional<SpaceRole> roleOf(String cooperationId, String spaceId, String personId) {
        if (cooperationId == null || spaceId == null || personId == null) {
            return Optional.empty();
        }
        return spaces.handle(new FindForumSpaceQuery(spaceId))
                     .filter(space -> space.cooperationId().equals(cooperationId))
                     .filter(space -> space.kind() != SpaceKind.BODY || directory.sitsIn(cooperationId, space.bodyId(), personId))
                     .flatMap(space -> space.roleOf(personId));
    }
}
