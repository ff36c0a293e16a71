package fr.entente.document.api;

import fr.entente.common.api.ListedRefusal;

import static fr.entente.common.api.Refusal.Kind.CONFLICT;
import static fr.entente.common.api.Refusal.Kind.INVALID;
import static fr.entente.common.api.Refusal.Kind.MISSING;
import static fr.entente.common.api.Refusal.Kind.NOT_ALLOWED;

/** Why a folder or a document refuses a command (or the hub refuses a file before it is stored): thrown as {@link DocumentRefusedException}. */
public enum DocumentRefusal implements ListedRefusal {

    // Identifiers the hub generates: the person can only reload and try again.
    FOLDER_ID_REQUIRED("document.folderId-required", MISSING, "folderId"),
    DOCUMENT_ID_REQUIRED("document.documentId-required", MISSING, "documentId"),
    COOPERATION_ID_REQUIRED("document.cooperationId-required", MISSING, "cooperationId"),
    SPACE_ID_REQUIRED("document.spaceId-required", MISSING, "spaceId"),
    FILE_REQUIRED("document.file-required", MISSING, "file"),

    // What a person gives.
    FOLDER_NAME_REQUIRED("document.folder-name-required", MISSING, "name"),
    NAME_REQUIRED("document.name-required", MISSING, "name"),
    NAME_TOO_LONG("document.name-too-long", INVALID, "name", "most"),
    /** A name that would climb out of its folder ({@code ../}, a slash) or hides a control character (a NUL). */
    NAME_UNSAFE("document.name-unsafe", INVALID, "name"),
    EMPTY_FILE("document.empty-file", INVALID, "file"),
    /** The file is over the configured limit (in megabytes): nothing of it is kept. */
    FILE_TOO_LARGE("document.file-too-large", Kind.TOO_LARGE, "file", "most"),
    EXECUTABLE_REFUSED("document.executable-refused", INVALID, "file", "type"),
    RESTRICTED_WITHOUT_MEMBERS("document.restricted-without-members", INVALID, "memberIds"),
    /** The throw site names the field; said alike of a person of another cooperation and of one outside the space. */
    PERSON_NOT_IN_SPACE("document.person-not-in-space", Kind.NOT_FOUND, "memberIds", "personId"),
    SAME_FOLDER("document.same-folder", INVALID, "toFolderId"),
    /** A folder moved into itself or one of its own subfolders. */
    FOLDER_CYCLE("document.folder-cycle", INVALID, "parentFolderId"),
    VERSION_IS_CURRENT("document.version-is-current", INVALID, "version"),
    /** A document sent "à lire" to nobody. */
    READERS_REQUIRED("document.readers-required", MISSING, "readerIds"),
    /** The reminder's delay, in hours, is out of its bounds (arguments: the least and the most). */
    REMINDER_DELAY_INVALID("document.reminder-delay-invalid", INVALID, "remindAfterHours", "least", "most"),
    /** A person asked to read a document who does not see it (outside the space, or the folder restricted to others). */
    READER_CANNOT_SEE("document.reader-cannot-see", Kind.NOT_FOUND, "readerIds", "personId"),

    /** A folder opened to read to another space's people, without saying which space. */
    READER_SPACE_REQUIRED("document.reader-space-required", MISSING, "readerSpaceId"),

    MODERATOR_REQUIRED("document.moderator-required", NOT_ALLOWED, null),
    /** Only who holds a lock releases it; a moderator of the space breaks it. */
    LOCK_HOLDER_OR_MODERATOR("document.lock-holder-or-moderator", NOT_ALLOWED, null),
    /** The person sees the folder but may only read it. */
    READ_ONLY("document.read-only", NOT_ALLOWED, null),

    /**
     * The folder or document is not one the person acting can see: they are not in its space, the folder is
     * restricted to others, or it belongs to another cooperation. Said exactly as if it did not exist.
     */
    NOT_FOUND("document.not-found", Kind.NOT_FOUND, null),
    TARGET_FOLDER_UNKNOWN("document.target-folder-unknown", Kind.NOT_FOUND, "toFolderId"),
    VERSION_UNKNOWN("document.version-unknown", Kind.NOT_FOUND, "version"),
    /** The file is not a PDF or an image the hub previews, or it could not be read as one. */
    PREVIEW_UNAVAILABLE("document.preview-unavailable", Kind.NOT_FOUND, null),
    /** The file of a refused version is no longer kept (its keeping ended, or it was used): upload it again. */
    KEPT_FILE_GONE("document.kept-file-gone", Kind.NOT_FOUND, "keptFileId"),

    ALREADY_EXISTS("document.already-exists", CONFLICT, null),
    /** Someone else put up a version since the one this upload started from: reload and upload again. */
    VERSION_CONFLICT("document.version-conflict", CONFLICT, "basedOnVersion", "current"),
    IN_TRASH("document.in-trash", CONFLICT, null),
    /** Someone else is editing the document: no version, name, folder or trash until they unlock it. */
    LOCKED("document.locked", CONFLICT, null),
    NOT_LOCKED("document.not-locked", CONFLICT, null),
    NOT_IN_TRASH("document.not-in-trash", CONFLICT, null),
    /** In the trash for 30 days, its bytes deleted: it cannot come back. */
    PURGED("document.purged", CONFLICT, null),
    /** Only the hub purges a document or expires a lock, and only when the time has come. */
    NOT_DUE("document.not-due", CONFLICT, null),
    /** The person was not asked to read the document, has opened it since, or was already reminded. */
    NO_REMINDER_DUE("document.no-reminder-due", CONFLICT, "readerId");

    private final Terms terms;

    DocumentRefusal(String code, Kind kind, String field, String... arguments) {
        this.terms = new Terms(code, kind, field, arguments);
    }

    @Override
    public Terms terms() {
        return terms;
    }
}
