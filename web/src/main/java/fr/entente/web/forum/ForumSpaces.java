package fr.entente.web.forum;

import fr.entente.forum.api.AddSpaceMemberCommand;
import fr.entente.forum.api.ChangeSpaceMemberRoleCommand;
import fr.entente.forum.api.CreateThemeSpaceCommand;
import fr.entente.forum.api.RemoveSpaceMemberCommand;
import fr.entente.forum.api.SpaceRole;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The spaces on a theme: an administrator of the cooperation creates one with the people chosen among its centres and
 * partners; its administrators and moderators then seat, change and remove people. A body's space is never changed
 * here: it follows the body's roster ({@link BodySpaceRoster}).
 */
@Component
public class ForumSpaces {

    private final ForumCommands commands;

    ForumSpaces(ForumCommands commands) {
        this.commands = commands;
    }

    public ForumResults.SpaceCreated create(String cooperationId, ForumRequests.NewThemeSpace request) {
        String spaceId = ForumCommands.newId();
        commands.send(cooperationId, new CreateThemeSpaceCommand(spaceId, cooperationId, request.title(),
                                                                 request.description(), orEmpty(request.memberIds()),
                                                                 orEmpty(request.moderatorIds())));
        return new ForumResults.SpaceCreated(spaceId, request.title() == null ? null : request.title().strip());
    }

    public void add(String cooperationId, String spaceId, String personId, SpaceRole role) {
        commands.send(cooperationId, new AddSpaceMemberCommand(spaceId, personId, role));
    }

    public void changeRole(String cooperationId, String spaceId, String personId, SpaceRole role) {
        commands.send(cooperationId, new ChangeSpaceMemberRoleCommand(spaceId, personId, role));
    }

    public void remove(String cooperationId, String spaceId, String personId) {
        commands.send(cooperationId, new RemoveSpaceMemberCommand(spaceId, personId));
    }

    private static List<String> orEmpty(List<String> ids) {
        return ids == null ? List.of() : ids;
    }
}
