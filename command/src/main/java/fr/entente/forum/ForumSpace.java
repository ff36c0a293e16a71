package fr.entente.forum;

import fr.entente.common.Required;
import fr.entente.forum.api.*;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.entente.forum.api.ForumRefusedException.refused;
import static fr.entente.forum.api.ForumRefusedException.refusedOn;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A forum space of a cooperation and who is in it. A body's space is opened by the hub when the body is created, and
 * its members follow the body's roster (the hub seats and removes them, nobody else: officers and convenors moderate,
 * members are members). A theme's space is created by an administrator with the people chosen, at least one of them a
 * moderator; its administrators and moderators then seat, change and remove people, and a theme space keeps a
 * moderator. Every person named is checked to be of the space's cooperation.
 */
@Aggregate
public class ForumSpace {

    @AggregateIdentifier
    private String spaceId;
    private String cooperationId;
    private SpaceKind kind;
    private final Map<String, SpaceRole> members = new HashMap<>();

    protected ForumSpace() {
        // for Axon
    }

    @CommandHandler
    public ForumSpace(OpenBodySpaceCommand command, MetaData metaData) {
        String cooperation = Required.id(command.cooperationId(), () -> refused(ForumRefusal.COOPERATION_ID_REQUIRED));
        if (!ForumActor.of(metaData, cooperation).isSystem()) {
            throw refused(ForumRefusal.FOLLOWS_BODY_ROSTER);
        }
        apply(new BodySpaceOpenedEvent(Required.id(command.spaceId(), () -> refused(ForumRefusal.SPACE_ID_REQUIRED)),
                                       cooperation, Required.id(command.bodyId(), () -> refused(ForumRefusal.BODY_ID_REQUIRED))));
    }

    @CommandHandler
    public ForumSpace(CreateThemeSpaceCommand command, MetaData metaData, ForumDirectory directory) {
        String cooperation = Required.id(command.cooperationId(), () -> refused(ForumRefusal.COOPERATION_ID_REQUIRED));
        ForumActor actor = ForumActor.of(metaData, cooperation);
        if (!actor.isSystem() && !directory.administers(cooperation, actor.id())) {
            throw refused(ForumRefusal.ADMINISTRATOR_REQUIRED);
        }
        String id = Required.id(command.spaceId(), () -> refused(ForumRefusal.SPACE_ID_REQUIRED));
        String title = ForumTexts.title(command.title());
        String description = ForumTexts.description(command.description());
        Set<String> moderators = new LinkedHashSet<>(orEmpty(command.moderatorIds()));
        Set<String> plainMembers = new LinkedHashSet<>(orEmpty(command.memberIds()));
        plainMembers.removeAll(moderators);
        if (moderators.isEmpty()) {
            throw refused(ForumRefusal.MODERATOR_REQUIRED_AT_CREATION);
        }
        if (moderators.size() + plainMembers.size() > ForumLimits.MEMBERS_AT_CREATION) {
            throw refused(ForumRefusal.TOO_MANY_MEMBERS, ForumLimits.MEMBERS_AT_CREATION);
        }
        checkOfTheCooperation(directory, cooperation, moderators, "moderatorIds");
        checkOfTheCooperation(directory, cooperation, plainMembers, "memberIds");
        apply(new ThemeSpaceCreatedEvent(id, cooperation, title, description, actor.id()));
        moderators.forEach(person -> apply(new SpaceMemberAddedEvent(id, cooperation, person, SpaceRole.MODERATOR)));
        plainMembers.forEach(person -> apply(new SpaceMemberAddedEvent(id, cooperation, person, SpaceRole.MEMBER)));
    }

    @CommandHandler
    public void handle(AddSpaceMemberCommand command, MetaData metaData, ForumDirectory directory) {
        managing(metaData, directory);
        String personId = Required.id(command.personId(), () -> refused(ForumRefusal.PERSON_ID_REQUIRED));
        SpaceRole role = Required.value(command.role(), () -> refused(ForumRefusal.ROLE_REQUIRED));
        if (members.containsKey(personId)) {
            throw refused(ForumRefusal.ALREADY_A_MEMBER);
        }
        if (!directory.belongsTo(cooperationId, personId)) {
            throw refused(ForumRefusal.PERSON_NOT_IN_COOPERATION, personId);
        }
        apply(new SpaceMemberAddedEvent(spaceId, cooperationId, personId, role));
    }

    @CommandHandler
    public void handle(ChangeSpaceMemberRoleCommand command, MetaData metaData, ForumDirectory directory) {
        ForumActor actor = managing(metaData, directory);
        String personId = member(command.personId());
        SpaceRole role = Required.value(command.role(), () -> refused(ForumRefusal.ROLE_REQUIRED));
        if (members.get(personId) == role) {
            return;
        }
        if (role == SpaceRole.MEMBER) {
            keepAModerator(personId, actor);
        }
        apply(new SpaceMemberRoleChangedEvent(spaceId, cooperationId, personId, role));
    }

    @CommandHandler
    public void handle(RemoveSpaceMemberCommand command, MetaData metaData, ForumDirectory directory) {
        ForumActor actor = managing(metaData, directory);
        String personId = member(command.personId());
        keepAModerator(personId, actor);
        apply(new SpaceMemberRemovedEvent(spaceId, cooperationId, personId));
    }

    /**
     * The hub for a body's space (its roster follows the body's); for a theme's, the hub, an administrator of the
     * cooperation or a moderator of the space. Anyone else who is not a member (an administrator included, for a
     * body's space) is told the space does not exist.
     */
    private ForumActor managing(MetaData metaData, ForumDirectory directory) {
        ForumActor actor = ForumActor.of(metaData, cooperationId);
        if (actor.isSystem()) {
            return actor;
        }
        SpaceRole role = members.get(actor.id());
        boolean administrator = kind == SpaceKind.THEME && directory.administers(cooperationId, actor.id());
        if (role == null && !administrator) {
            throw refused(ForumRefusal.NOT_FOUND);
        }
        if (kind == SpaceKind.BODY) {
            throw refused(ForumRefusal.FOLLOWS_BODY_ROSTER);
        }
        if (role != SpaceRole.MODERATOR && !administrator) {
            throw refused(ForumRefusal.MODERATOR_REQUIRED);
        }
        return actor;
    }

    private String member(String personId) {
        String id = Required.id(personId, () -> refused(ForumRefusal.PERSON_ID_REQUIRED));
        if (!members.containsKey(id)) {
            throw refused(ForumRefusal.NOT_A_MEMBER);
        }
        return id;
    }

    /**
     * A theme's space keeps a moderator, whom its people choose; a body's follows its roster, whatever it holds, and
     * the hub takes out a person who left the cooperation, moderator or not.
     */
    private void keepAModerator(String leaving, ForumActor actor) {
        if (kind == SpaceKind.THEME && !actor.isSystem() && members.get(leaving) == SpaceRole.MODERATOR
            && members.values().stream().filter(SpaceRole.MODERATOR::equals).count() == 1) {
            throw refused(ForumRefusal.LAST_MODERATOR);
        }
    }

    private static void checkOfTheCooperation(ForumDirectory directory, String cooperationId, Set<String> people,
                                              String field) {
        for (String person : people) {
            if (person == null || person.isBlank() || !directory.belongsTo(cooperationId, person)) {
                throw refusedOn(field, ForumRefusal.PERSON_NOT_IN_COOPERATION, String.valueOf(person));
            }
        }
    }

    private static List<String> orEmpty(List<String> ids) {
        return ids == null ? List.of() : ids;
    }

    @EventSourcingHandler
    void on(BodySpaceOpenedEvent event) {
        spaceId = event.spaceId();
        cooperationId = event.cooperationId();
        kind = SpaceKind.BODY;
    }

    @EventSourcingHandler
    void on(ThemeSpaceCreatedEvent event) {
        spaceId = event.spaceId();
        cooperationId = event.cooperationId();
        kind = SpaceKind.THEME;
    }

    @EventSourcingHandler
    void on(SpaceMemberAddedEvent event) {
        members.put(event.personId(), event.role());
    }

    @EventSourcingHandler
    void on(SpaceMemberRoleChangedEvent event) {
        members.put(event.personId(), event.role());
    }

    @EventSourcingHandler
    void on(SpaceMemberRemovedEvent event) {
        members.remove(event.personId());
    }
}
