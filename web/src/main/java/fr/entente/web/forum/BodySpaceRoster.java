package fr.entente.web.forum;

import fr.entente.common.api.RefusedException;
import fr.entente.common.query.LogPosition;
import fr.entente.cooperation.api.BodyCreatedEvent;
import fr.entente.cooperation.api.BodyMemberAddedEvent;
import fr.entente.cooperation.api.BodyMemberRemovedEvent;
import fr.entente.cooperation.api.BodyMemberRoleChangedEvent;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.PersonRemovedEvent;
import fr.entente.forum.api.AddSpaceMemberCommand;
import fr.entente.forum.api.ChangeSpaceMemberRoleCommand;
import fr.entente.forum.api.ForumRefusal;
import fr.entente.forum.api.OpenBodySpaceCommand;
import fr.entente.forum.api.RemoveSpaceMemberCommand;
import fr.entente.forum.api.SpaceIds;
import fr.entente.forum.api.SpaceKind;
import fr.entente.forum.api.SpaceRole;
import fr.entente.forum.query.ForumSpacesProjection;
import fr.entente.infra.audit.Actor;
import fr.entente.web.application.PersonCommands;
import fr.entente.web.application.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Keeps each body's forum space in step with the body's roster, by itself: the directory's events become the forum's
 * commands, sent as the hub ({@link Actor#system}). A body created opens its space; a person seated in it joins it
 * (its officer and convenor as moderators), a role changed changes theirs, a person removed from the body leaves it at
 * once. A person who leaves the cooperation leaves its theme spaces too (their seats in bodies are removed by the
 * events before).
 * <p>
 * Its processing group reads the log from its start, so that the bodies created before the forum existed get their
 * space. A command that finds its work done already (the event handled again after a restart) is acknowledged and
 * passed; any other failure stops the processor, which retries: no change of a roster is skipped.
 */
@Component
@ProcessingGroup(BodySpaceRoster.PROCESSING_GROUP)
public class BodySpaceRoster {

    static final String PROCESSING_GROUP = "forum-roster";
    /** The directory's read models' processing group, which says who belongs to a cooperation. */
    private static final String DIRECTORY = "cooperation-directory";

    private static final Logger log = LoggerFactory.getLogger(BodySpaceRoster.class);
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(20);
    private static final Set<String> ALREADY_DONE = Set.of(ForumRefusal.ALREADY_A_MEMBER.code(),
                                                           ForumRefusal.NOT_A_MEMBER.code());

    private final PersonCommands commands;
    private final ForumAccess access;
    private final ReadModels readModels;

    BodySpaceRoster(PersonCommands commands, ForumAccess access, ReadModels readModels) {
        this.commands = commands;
        this.access = access;
        this.readModels = readModels;
    }

    @EventHandler
    void on(BodyCreatedEvent event) {
        try {
            send(event.cooperationId(), new OpenBodySpaceCommand(space(event.cooperationId(), event.bodyId()),
                                                                 event.cooperationId(), event.bodyId()));
        } catch (AggregateStreamCreationException opened) {
            log.info("The space of body {} is open already", event.bodyId());
        }
    }

    /**
     * The directory is read once it has seen this event: a person it then says is not in the cooperation has left it
     * since (the log holds their removal further on, which takes them out of the space anyway), and joining is moot.
     */
    @EventHandler
    void on(BodyMemberAddedEvent event, LogPosition position) {
        if (position.known() && !readModels.awaitProcessed(position.value(), READ_MODEL_WAIT, List.of(DIRECTORY))) {
            throw new IllegalStateException("the directory's read model has not reached " + position + " yet");
        }
        try {
            send(event.cooperationId(), new AddSpaceMemberCommand(space(event.cooperationId(), event.bodyId()),
                                                                  event.personId(), roleFor(event.role())));
        } catch (RefusedException refused) {
            if (!refused.code().equals(ForumRefusal.PERSON_NOT_IN_COOPERATION.code())) {
                throw refused;
            }
            log.info("A person seated in body {} has left the cooperation since: their space is not joined", event.bodyId());
        }
    }

    @EventHandler
    void on(BodyMemberRoleChangedEvent event) {
        send(event.cooperationId(), new ChangeSpaceMemberRoleCommand(space(event.cooperationId(), event.bodyId()),
                                                                     event.personId(), roleFor(event.role())));
    }

    @EventHandler
    void on(BodyMemberRemovedEvent event) {
        send(event.cooperationId(), new RemoveSpaceMemberCommand(space(event.cooperationId(), event.bodyId()),
                                                                 event.personId()));
    }

    /** The theme spaces of a person who left: read once the spaces' read model has seen every event before. */
    @EventHandler
    void on(PersonRemovedEvent event, LogPosition position) {
        if (position.known() && !readModels.awaitProcessed(position.value() - 1, READ_MODEL_WAIT,
                                                           List.of(ForumSpacesProjection.PROCESSING_GROUP))) {
            throw new IllegalStateException("the forum spaces' read model has not reached " + position + " yet");
        }
        access.spacesOf(event.personId(), event.cooperationId()).stream()
              .filter(space -> space.kind() == SpaceKind.THEME)
              .forEach(space -> send(event.cooperationId(), new RemoveSpaceMemberCommand(space.spaceId(), event.personId())));
    }

    private void send(String cooperationId, Object command) {
        try {
            commands.sendAs(Actor.system(cooperationId), command);
        } catch (RefusedException refused) {
            if (!ALREADY_DONE.contains(refused.code())) {
                throw refused;
            }
            log.info("{} was done already ({})", command.getClass().getSimpleName(), refused.code());
        }
    }

    static SpaceRole roleFor(BodyRole role) {
        return role == BodyRole.MEMBER ? SpaceRole.MEMBER : SpaceRole.MODERATOR;
    }

    private static String space(String cooperationId, String bodyId) {
        return SpaceIds.ofBody(cooperationId, bodyId);
    }
}
