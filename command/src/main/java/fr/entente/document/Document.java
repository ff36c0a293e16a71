package fr.entente.document;

import fr.entente.common.Required;
import fr.entente.document.api.*;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static fr.entente.document.api.DocumentRefusedException.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A document of a space and its versions: one consistency boundary, so that two people putting up a new version at
 * once are decided against the document as it is (each says which version they started from; the second is told
 * someone else was first). Every handler first asks what the person acting may do in the document's folder
 * ({@link DocumentAccess}: not seeing it, they are told the document does not exist; only reading it, they may
 * download and nothing else). A document in the trash keeps its versions and can be restored; it takes no new version,
 * name or folder until then. A writer locks it while they edit it: until they unlock it (or a moderator of the space
 * breaks the lock), nobody else puts up a version, renames, moves or trashes it.
 */
@Aggregate
public class Document {

    private static final int MIN_REMINDER_HOURS = DocumentDurations.MIN_REMINDER_HOURS;
    private static final int MAX_REMINDER_HOURS = DocumentDurations.MAX_REMINDER_HOURS;
    private static final Duration TRASH_KEPT = DocumentDurations.TRASH_KEPT;
    private static final Duration LOCK_LASTS = DocumentDurations.LOCK_LASTS;

    @AggregateIdentifier
    private String documentId;
    private String cooperationId;
    private String spaceId;
    private String folderId;
    private String name;
    /** The files of the versions, oldest first: version n is at n - 1. */
    private final List<StoredFile> versions = new ArrayList<>();
    private boolean trashed;
    private Instant trashedAt;
    private boolean purged;
    private Instant lockedAt;
    /** Who holds the lock, or {@code null}. */
    private String lockedBy;
    /** The people asked to read it who have not opened it since, each with whether they were reminded. */
    private final Map<String, Boolean> awaitedReaders = new HashMap<>();

    protected Document() {
        // for Axon
    }

    @CommandHandler
    public Document(UploadDocumentCommand command, MetaData metaData, DocumentAccess access) {
        String cooperation = Required.id(command.cooperationId(), () -> refused(DocumentRefusal.COOPERATION_ID_REQUIRED));
        String space = Required.id(command.spaceId(), () -> refused(DocumentRefusal.SPACE_ID_REQUIRED));
        String folder = Required.optional(command.folderId());
        DocumentActor actor = DocumentActor.of(metaData, cooperation);
        actor.writing(access, cooperation, space, folder);
        String id = Required.id(command.documentId(), () -> refused(DocumentRefusal.DOCUMENT_ID_REQUIRED));
        apply(new DocumentUploadedEvent(id, cooperation, space, folder, checked(command.file()), actor.id()));
    }

    @CommandHandler
    public void handle(UploadVersionCommand command, MetaData metaData, DocumentAccess access) {
        String uploader = writer(metaData, access);
        StoredFile file = checked(command.file());
        current(command.basedOnVersion());
        apply(new DocumentVersionUploadedEvent(documentId, versions.size() + 1, file, uploader));
    }

    @CommandHandler
    public void handle(RestoreVersionCommand command, MetaData metaData, DocumentAccess access) {
        String by = writer(metaData, access);
        current(command.basedOnVersion());
        if (command.version() < 1 || command.version() > versions.size()) {
            throw refused(DocumentRefusal.VERSION_UNKNOWN);
        }
        if (command.version() == versions.size()) {
            throw refused(DocumentRefusal.VERSION_IS_CURRENT);
        }
        apply(new DocumentVersionRestoredEvent(documentId, versions.size() + 1, command.version(),
                                               versions.get(command.version() - 1), by));
    }

    /** The command was made from the current version, or someone else put one up since. */
    private void current(int basedOnVersion) {
        if (basedOnVersion != versions.size()) {
            throw refused(DocumentRefusal.VERSION_CONFLICT, versions.size());
        }
    }

    @CommandHandler
    public void handle(RenameDocumentCommand command, MetaData metaData, DocumentAccess access) {
        String by = writer(metaData, access);
        String newName = DocumentNames.clean(command.name());
        if (!newName.equals(name)) {
            apply(new DocumentRenamedEvent(documentId, newName, by));
        }
    }

    @CommandHandler
    public void handle(MoveDocumentCommand command, MetaData metaData, DocumentAccess access) {
        String by = writer(metaData, access);
        String target = Required.optional(command.toFolderId());
        if (Objects.equals(target, folderId)) {
            throw refused(DocumentRefusal.SAME_FOLDER);
        }
        FolderAccess there = DocumentActor.of(metaData, cooperationId).in(access, cooperationId, spaceId, target);
        if (!there.reads()) {
            throw refused(DocumentRefusal.TARGET_FOLDER_UNKNOWN);
        }
        if (!there.writes()) {
            throw refused(DocumentRefusal.READ_ONLY);
        }
        apply(new DocumentMovedEvent(documentId, folderId, target, by));
    }

    @CommandHandler
    public void handle(TrashDocumentCommand command, MetaData metaData, DocumentAccess access) {
        String by = writer(metaData, access);
        apply(new DocumentTrashedEvent(documentId, by));
    }

    @CommandHandler
    public void handle(RestoreDocumentCommand command, MetaData metaData, DocumentAccess access) {
        String by = actor(metaData, access);
        if (purged) {
            throw refused(DocumentRefusal.PURGED);
        }
        if (!trashed) {
            throw refused(DocumentRefusal.NOT_IN_TRASH);
        }
        apply(new DocumentRestoredEvent(documentId, by));
    }

    @CommandHandler
    public void handle(RecordDownloadCommand command, MetaData metaData, DocumentAccess access) {
        DocumentActor actor = DocumentActor.of(metaData, cooperationId);
        actor.reading(access, cooperationId, spaceId, folderId);
        if (trashed) {
            throw refused(DocumentRefusal.NOT_FOUND);
        }
        if (command.version() < 1 || command.version() > versions.size()) {
            throw refused(DocumentRefusal.VERSION_UNKNOWN);
        }
        apply(new DocumentDownloadedEvent(documentId, command.version(), actor.id()));
    }

    /**
     * Sends the document "à lire" to people who see it: someone who writes in its folder does (the document out of the
     * trash; a lock does not matter, reading is not editing).
     */
    @CommandHandler
    public void handle(RequestReadingCommand command, MetaData metaData, DocumentAccess access) {
        String by = actor(metaData, access);
        if (trashed) {
            throw refused(DocumentRefusal.IN_TRASH);
        }
        List<String> readers = command.readerIds().stream().filter(Objects::nonNull).map(String::strip)
                                      .filter(id -> !id.isEmpty()).distinct().toList();
        if (readers.isEmpty()) {
            throw refused(DocumentRefusal.READERS_REQUIRED);
        }
        if (command.remindAfterHours() < MIN_REMINDER_HOURS || command.remindAfterHours() > MAX_REMINDER_HOURS) {
            throw refused(DocumentRefusal.REMINDER_DELAY_INVALID, MIN_REMINDER_HOURS, MAX_REMINDER_HOURS);
        }
        for (String reader : readers) {
            if (!access.of(cooperationId, spaceId, folderId, reader).reads()) {
                throw refused(DocumentRefusal.READER_CANNOT_SEE, reader);
            }
        }
        apply(new DocumentReadingRequestedEvent(documentId, readers, command.remindAfterHours(), by));
    }

    /** A reminder to someone asked to read the document who has not opened it: once, by the hub (or a writer). */
    @CommandHandler
    public void handle(RemindReaderCommand command, MetaData metaData, DocumentAccess access) {
        actor(metaData, access);
        if (trashed || !Boolean.FALSE.equals(awaitedReaders.get(command.readerId()))) {
            throw refused(DocumentRefusal.NO_REMINDER_DUE);
        }
        apply(new DocumentReaderRemindedEvent(documentId, command.readerId()));
    }

    /** The hub purges a document in the trash for {@link #TRASH_KEPT}: the event names the files to delete. */
    @CommandHandler
    public void handle(PurgeDocumentCommand command, MetaData metaData) {
        byTheHub(metaData);
        if (!trashed || purged || command.asOf() == null || trashedAt == null
            || trashedAt.plus(TRASH_KEPT).isAfter(command.asOf())) {
            throw refused(DocumentRefusal.NOT_DUE);
        }
        apply(new DocumentPurgedEvent(documentId, versions.stream().map(StoredFile::fileId).distinct().toList()));
    }

    /** The hub releases a lock held for longer than {@link #LOCK_LASTS}. */
    @CommandHandler
    public void handle(ExpireLockCommand command, MetaData metaData) {
        byTheHub(metaData);
        if (lockedBy == null || command.asOf() == null || lockedAt == null
            || lockedAt.plus(LOCK_LASTS).isAfter(command.asOf())) {
            throw refused(DocumentRefusal.NOT_DUE);
        }
        apply(new DocumentLockExpiredEvent(documentId, lockedBy));
    }

    private void byTheHub(MetaData metaData) {
        if (!fr.entente.common.api.ActorMetaData.SYSTEM.equals(DocumentActor.of(metaData, cooperationId).id())) {
            throw refused(DocumentRefusal.NOT_DUE);
        }
    }

    @CommandHandler
    public void handle(LockDocumentCommand command, MetaData metaData, DocumentAccess access) {
        String by = writer(metaData, access);
        if (!by.equals(lockedBy)) {
            apply(new DocumentLockedEvent(documentId, by));
        }
    }

    /** The holder releases the lock; a moderator of the space breaks someone else's, and the event says so. */
    @CommandHandler
    public void handle(UnlockDocumentCommand command, MetaData metaData, DocumentAccess access) {
        DocumentActor actor = DocumentActor.of(metaData, cooperationId);
        FolderAccess granted = actor.reading(access, cooperationId, spaceId, folderId);
        if (lockedBy == null) {
            throw refused(DocumentRefusal.NOT_LOCKED);
        }
        boolean holder = lockedBy.equals(actor.id());
        if (!holder && granted != FolderAccess.MANAGE) {
            throw refused(DocumentRefusal.LOCK_HOLDER_OR_MODERATOR);
        }
        apply(holder ? new DocumentUnlockedEvent(documentId, actor.id())
                     : new DocumentLockBrokenEvent(documentId, actor.id(), lockedBy));
    }

    /**
     * Someone who writes in the document's folder, the document being out of the trash and not locked by someone
     * else.
     */
    private String writer(MetaData metaData, DocumentAccess access) {
        String by = actor(metaData, access);
        if (trashed) {
            throw refused(DocumentRefusal.IN_TRASH);
        }
        if (lockedBy != null && !lockedBy.equals(by)) {
            throw refused(DocumentRefusal.LOCKED);
        }
        return by;
    }

    /** Someone who writes in the document's folder: 404 if they do not see it, 403 if they only read it. */
    private String actor(MetaData metaData, DocumentAccess access) {
        DocumentActor actor = DocumentActor.of(metaData, cooperationId);
        actor.writing(access, cooperationId, spaceId, folderId);
        return actor.id();
    }

    /**
     * The file as the hub stored it; the web layer has refused empty files and cleaned the name before storing any
     * byte, and this keeps the rule for any other sender.
     */
    private static StoredFile checked(StoredFile file) {
        if (file == null || file.fileId() == null || file.fileId().isBlank() || file.sha256() == null) {
            throw refused(DocumentRefusal.FILE_REQUIRED);
        }
        if (file.size() <= 0) {
            throw refused(DocumentRefusal.EMPTY_FILE);
        }
        return new StoredFile(file.fileId(), DocumentNames.clean(file.name()), file.size(), file.contentType(),
                              file.sha256());
    }

    @EventSourcingHandler
    void on(DocumentUploadedEvent event) {
        documentId = event.documentId();
        cooperationId = event.cooperationId();
        spaceId = event.spaceId();
        folderId = event.folderId();
        name = event.file().name();
        versions.add(event.file());
    }

    @EventSourcingHandler
    void on(DocumentVersionUploadedEvent event) {
        versions.add(event.file());
    }

    @EventSourcingHandler
    void on(DocumentVersionRestoredEvent event) {
        versions.add(event.file());
    }

    @EventSourcingHandler
    void on(DocumentRenamedEvent event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(DocumentMovedEvent event) {
        folderId = event.toFolderId();
    }

    @EventSourcingHandler
    void on(DocumentTrashedEvent event, @Timestamp Instant at) {
        trashed = true;
        trashedAt = at;
    }

    @EventSourcingHandler
    void on(DocumentRestoredEvent event) {
        trashed = false;
        trashedAt = null;
    }

    @EventSourcingHandler
    void on(DocumentPurgedEvent event) {
        purged = true;
    }

    @EventSourcingHandler
    void on(DocumentLockExpiredEvent event) {
        lockedBy = null;
        lockedAt = null;
    }

    @EventSourcingHandler
    void on(DocumentReadingRequestedEvent event) {
        event.readerIds().forEach(reader -> awaitedReaders.put(reader, false));
    }

    @EventSourcingHandler
    void on(DocumentReaderRemindedEvent event) {
        awaitedReaders.replace(event.readerId(), true);
    }

    @EventSourcingHandler
    void on(DocumentDownloadedEvent event) {
        awaitedReaders.remove(event.downloadedBy());
    }

    @EventSourcingHandler
    void on(DocumentLockedEvent event, @Timestamp Instant at) {
        lockedBy = event.lockedBy();
        lockedAt = at;
    }

    @EventSourcingHandler
    void on(DocumentUnlockedEvent event) {
        lockedBy = null;
    }

    @EventSourcingHandler
    void on(DocumentLockBrokenEvent event) {
        lockedBy = null;
    }
}
