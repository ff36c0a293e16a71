package fr.entente.document;

import fr.entente.common.Required;
import fr.entente.document.api.*;
import fr.entente.forum.api.SpaceRoster;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.Objects;

import static fr.entente.document.api.DocumentRefusedException.refused;
import static fr.entente.document.api.DocumentRefusedException.refusedOn;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A folder of a forum space's documents (every forum space, a body's through its space, has its documents: their
 * root is the space itself, and folders nest below it). Whoever writes where the folder goes creates it; its rights
 * are inherited until a moderator of the space restricts it to some of the space's members, or makes it read-only for
 * some ({@link FolderRights}). What a person may do in it is asked of {@link DocumentAccess}, which walks the folders
 * above it.
 */
@Aggregate
public class Folder {

    @AggregateIdentifier
    private String folderId;
    private String cooperationId;
    private String spaceId;
    private String parentFolderId;
    private String name;
    private final java.util.Set<String> readerSpaceIds = new java.util.HashSet<>();

    protected Folder() {
        // for Axon
    }

    @CommandHandler
    public Folder(CreateFolderCommand command, MetaData metaData, DocumentAccess access) {
        String cooperation = Required.id(command.cooperationId(), () -> refused(DocumentRefusal.COOPERATION_ID_REQUIRED));
        String space = Required.id(command.spaceId(), () -> refused(DocumentRefusal.SPACE_ID_REQUIRED));
        DocumentActor actor = DocumentActor.of(metaData, cooperation);
        String parent = Required.optional(command.parentFolderId());
        actor.writing(access, cooperation, space, parent);
        String id = Required.id(command.folderId(), () -> refused(DocumentRefusal.FOLDER_ID_REQUIRED));
        if (command.name() == null || command.name().isBlank()) {
            throw refused(DocumentRefusal.FOLDER_NAME_REQUIRED);
        }
        apply(new FolderCreatedEvent(id, cooperation, space, parent, DocumentNames.clean(command.name()), actor.id()));
    }

    @CommandHandler
    public void handle(SetFolderRightsCommand command, MetaData metaData, DocumentAccess access, SpaceRoster roster) {
        DocumentActor actor = DocumentActor.of(metaData, cooperationId);
        if (actor.reading(access, cooperationId, spaceId, folderId) != FolderAccess.MANAGE) {
            throw refused(DocumentRefusal.MODERATOR_REQUIRED);
        }
        FolderRights rights = command.rights() == null ? FolderRights.INHERITED : command.rights();
        if (rights.restricted() && rights.memberIds().isEmpty()) {
            throw refused(DocumentRefusal.RESTRICTED_WITHOUT_MEMBERS);
        }
        inTheSpace(roster, rights.memberIds(), "memberIds");
        inTheSpace(roster, rights.readOnlyIds(), "readOnlyIds");
        FolderRights kept = rights.restricted() ? rights : new FolderRights(false, List.of(), rights.readOnlyIds());
        apply(new FolderRightsChangedEvent(folderId, cooperationId, spaceId, kept, actor.id()));
    }

    /**
     * A moderator of the space (or the hub) opens the folder to another space's people, to read: once per space, the
     * same grant again changes nothing; its own space already sees it.
     */
    @CommandHandler
    public void handle(GrantFolderReadingCommand command, MetaData metaData, DocumentAccess access) {
        DocumentActor actor = DocumentActor.of(metaData, cooperationId);
        if (actor.reading(access, cooperationId, spaceId, folderId) != FolderAccess.MANAGE) {
            throw refused(DocumentRefusal.MODERATOR_REQUIRED);
        }
        String readers = Required.id(command.readerSpaceId(), () -> refused(DocumentRefusal.READER_SPACE_REQUIRED));
        if (readers.equals(spaceId) || readerSpaceIds.contains(readers)) {
            return;
        }
        apply(new FolderReadingGrantedEvent(folderId, cooperationId, spaceId, readers, actor.id()));
    }

    /** Someone who writes in the folder renames it. */
    @CommandHandler
    public void handle(RenameFolderCommand command, MetaData metaData, DocumentAccess access) {
        DocumentActor actor = DocumentActor.of(metaData, cooperationId);
        actor.writing(access, cooperationId, spaceId, folderId);
        if (command.name() == null || command.name().isBlank()) {
            throw refused(DocumentRefusal.FOLDER_NAME_REQUIRED);
        }
        String newName = DocumentNames.clean(command.name());
        if (!newName.equals(name)) {
            apply(new FolderRenamedEvent(folderId, newName, actor.id()));
        }
    }

    /**
     * Someone who writes in the folder and in its destination moves it there, never into itself nor one of its own
     * subfolders; a destination they do not see (of another space or cooperation) does not exist for them.
     */
    @CommandHandler
    public void handle(MoveFolderCommand command, MetaData metaData, DocumentAccess access, FolderTree tree) {
        DocumentActor actor = DocumentActor.of(metaData, cooperationId);
        actor.writing(access, cooperationId, spaceId, folderId);
        String target = Required.optional(command.toParentFolderId());
        if (Objects.equals(target, parentFolderId)) {
            throw refusedOn("parentFolderId", DocumentRefusal.SAME_FOLDER);
        }
        FolderAccess there = actor.in(access, cooperationId, spaceId, target);
        if (!there.reads()) {
            throw refusedOn("parentFolderId", DocumentRefusal.TARGET_FOLDER_UNKNOWN);
        }
        if (!there.writes()) {
            throw refused(DocumentRefusal.READ_ONLY);
        }
        if (target != null && tree.pathUp(cooperationId, spaceId, target).contains(folderId)) {
            throw refused(DocumentRefusal.FOLDER_CYCLE);
        }
        apply(new FolderMovedEvent(folderId, parentFolderId, target, actor.id()));
    }

    /** Only people of the space are named: said alike of a person of another cooperation and of one outside it. */
    private void inTheSpace(SpaceRoster roster, List<String> people, String field) {
        for (String person : people) {
            if (person == null || roster.roleOf(cooperationId, spaceId, person).isEmpty()) {
                throw refusedOn(field, DocumentRefusal.PERSON_NOT_IN_SPACE, String.valueOf(person));
            }
        }
    }

    @EventSourcingHandler
    void on(FolderCreatedEvent event) {
        folderId = event.folderId();
        cooperationId = event.cooperationId();
        spaceId = event.spaceId();
        parentFolderId = event.parentFolderId();
        name = event.name();
    }

    @EventSourcingHandler
    void on(FolderReadingGrantedEvent event) {
        readerSpaceIds.add(event.readerSpaceId());
    }

    @EventSourcingHandler
    void on(FolderRenamedEvent event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(FolderMovedEvent event) {
        parentFolderId = event.toParentFolderId();
    }
}
