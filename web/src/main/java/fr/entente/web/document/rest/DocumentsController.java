package fr.entente.web.document.rest;

import fr.entente.document.api.DocumentRefusal;
import fr.entente.document.api.DocumentRefusedException;
import fr.entente.web.document.DocumentReading;
import fr.entente.web.document.DocumentRequests;
import fr.entente.web.document.DocumentResults;
import fr.entente.web.document.DocumentWriting;
import fr.entente.web.document.UploadProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.ProblemDetail;

import fr.entente.web.document.RefusedVersionKept;
import fr.entente.web.problem.CommandProblemsAdvice;
import org.springframework.context.MessageSource;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.io.InputStream;

/**
 * The documents of a forum space: folders with their rights, files with their versions, names, folders, the trash and
 * locks. The bytes themselves (downloads, previews) are served by {@link DocumentContentController}.
 */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}/documents/spaces/{spaceId}", produces = "application/json")
@Tag(name = "Documents", description = "Each forum space (each body through its space) has its documents: folders and "
                                       + "subfolders, each with rights inherited or restricted to some members, or "
                                       + "read-only for some; files with versions, stored in GridFS with their SHA-256. "
                                       + "A folder or document the reader may not see is 404, as one that does not "
                                       + "exist; one they only read is 403 to change.")
public class DocumentsController {

    private final DocumentReading reading;
    private final DocumentWriting writing;
    private final CommandProblemsAdvice problems;
    private final MessageSource messages;
    private final UploadProblems uploadProblems;

    private static final String AS_IT_STOOD = "at: an ISO 8601 instant with its offset (2026-03-12T14:00:00+01:00 or …Z). "
            + "Rebuilt from the events of the space's folders and documents up to that instant; the subfolders are those "
            + "the reader sees today. 404 for whoever does not see the folder today.";

    private final fr.entente.web.document.FolderAsItStood asItStood;

    public DocumentsController(DocumentReading reading, DocumentWriting writing, UploadProblems uploadProblems,
                               fr.entente.web.document.FolderAsItStood asItStood, CommandProblemsAdvice problems,
                               MessageSource messages) {
        this.asItStood = asItStood;
        this.problems = problems;
        this.messages = messages;
        this.reading = reading;
        this.writing = writing;
        this.uploadProblems = uploadProblems;
    }

    /** A multipart request the container could not read: said as the documents' refusal it amounts to. */
    @ExceptionHandler({MultipartException.class, InvalidFileNameException.class})
    ResponseEntity<ProblemDetail> unreadableUpload(RuntimeException exception) {
        ProblemDetail problem = uploadProblems.of(exception);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping
    @Operation(summary = "The root of the space's documents: the folders the reader sees and the documents",
               description = "?trash=true lists the documents in the trash. Live: topic "
                             + "cooperation/{c}/documents/{s}/folder/racine.")
    public DocumentResults.Listing root(@PathVariable String cooperationId, @PathVariable String spaceId,
                                        @RequestParam(defaultValue = "false") boolean trash) {
        return reading.folder(cooperationId, spaceId, null, trash);
    }

    @GetMapping("/folders/{folderId}")
    @Operation(summary = "A folder: its path, its subfolders the reader sees, its documents",
               description = "Live: topic cooperation/{c}/documents/{s}/folder/{folderId}.")
    public DocumentResults.Listing folder(@PathVariable String cooperationId, @PathVariable String spaceId,
                                          @PathVariable String folderId,
                                          @RequestParam(defaultValue = "false") boolean trash) {
        return reading.folder(cooperationId, spaceId, folderId, trash);
    }

    @GetMapping("/as-it-stood")
    @Operation(summary = "The root of the space's documents as it stood at an instant: its folders and documents then",
               description = AS_IT_STOOD)
    public DocumentResults.Listing rootAsItStood(@PathVariable String cooperationId, @PathVariable String spaceId,
                                                 @RequestParam String at) {
        return asItStood.at(cooperationId, spaceId, null, instant(at));
    }

    @GetMapping("/folders/{folderId}/as-it-stood")
    @Operation(summary = "A folder as it stood at an instant: its name, path, subfolders, documents and versions then",
               description = AS_IT_STOOD + " 404 before the folder was created.")
    public DocumentResults.Listing folderAsItStood(@PathVariable String cooperationId, @PathVariable String spaceId,
                                                   @PathVariable String folderId, @RequestParam String at) {
        return asItStood.at(cooperationId, spaceId, folderId, instant(at));
    }

    private static java.time.Instant instant(String at) {
        try {
            return java.time.OffsetDateTime.parse(at).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new fr.entente.web.problem.RequestRefusedException(fr.entente.web.problem.WebRefusal.INVALID_VALUE, at, "at");
        }
    }

    @PostMapping(path = "/folders", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a folder at the root or in a folder the person writes; its rights are inherited")
    public DocumentResults.FolderCreated createFolder(@PathVariable String cooperationId, @PathVariable String spaceId,
                                                      @Valid @RequestBody DocumentRequests.NewFolder request) {
        return writing.createFolder(cooperationId, spaceId, request.parentFolderId(), request.name());
    }

    @PutMapping(path = "/folders/{folderId}/rights", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a folder's rights (moderators of the space)",
               description = "restricted: only memberIds (and the moderators) see it; readOnlyIds only read it. Every "
                             + "person named must be a member of the space.")
    public void rights(@PathVariable String cooperationId, @PathVariable String spaceId, @PathVariable String folderId,
                       @RequestBody DocumentRequests.Rights request) {
        writing.setRights(cooperationId, spaceId, folderId, request);
    }

    @PutMapping(path = "/folders/{folderId}/name", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Rename a folder (someone who writes in it)")
    public void renameFolder(@PathVariable String cooperationId, @PathVariable String spaceId,
                             @PathVariable String folderId, @RequestBody DocumentRequests.Name request) {
        writing.renameFolder(cooperationId, spaceId, folderId, request.name());
    }

    @PutMapping(path = "/folders/{folderId}/parent", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Move a folder, with its subfolders and documents, into another folder (parentFolderId null: "
                         + "the root)",
               description = "The person writes in the folder and in its destination; into itself or one of its own "
                             + "subfolders: 422 document.folder-cycle; a destination they do not see, or of another "
                             + "space: 404. The folder then inherits its new parents' rights.")
    public void moveFolder(@PathVariable String cooperationId, @PathVariable String spaceId,
                           @PathVariable String folderId, @RequestBody DocumentRequests.Parent request) {
        writing.moveFolder(cooperationId, spaceId, folderId, request.parentFolderId());
    }

    @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a file as a new document (multipart: file, and folderId, left out for the root)",
               description = "Streamed into GridFS; the type is detected from the bytes (programs refused, whatever "
                             + "their name); the name is the file's, cleaned (a path, a NUL or blank: 422). Over "
                             + "entente.documents.max-file-size (100 MB by default): 413, nothing kept.")
    public DocumentResults.Uploaded upload(@PathVariable String cooperationId, @PathVariable String spaceId,
                                           @RequestPart(name = "file", required = false) MultipartFile file,
                                           @RequestParam(required = false) String folderId) {
        return writing.upload(cooperationId, spaceId, folderId, upload(file));
    }

    @GetMapping("/documents/{documentId}")
    @Operation(summary = "A document with its versions (oldest first) and its recorded downloads")
    public DocumentResults.DocumentDetail document(@PathVariable String cooperationId, @PathVariable String spaceId,
                                                   @PathVariable String documentId) {
        return reading.document(cooperationId, spaceId, documentId);
    }

    @PostMapping(path = "/documents/{documentId}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a new version (multipart: file, and basedOnVersion, the version it was made from)",
               description = "If someone put up a version since basedOnVersion (409 document.version-conflict) or "
                             + "locked the document (409 document.locked), the file is kept 24 hours: the problem names "
                             + "keptFileId and keptUntil, for versions/from-kept-file.")
    public DocumentResults.Uploaded uploadVersion(@PathVariable String cooperationId, @PathVariable String spaceId,
                                                  @PathVariable String documentId,
                                                  @RequestPart(name = "file", required = false) MultipartFile file,
                                                  @RequestParam int basedOnVersion) {
        return writing.uploadVersion(cooperationId, spaceId, documentId, basedOnVersion, upload(file));
    }

    @PostMapping(path = "/documents/{documentId}/versions/from-kept-file", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Retry a refused version from its kept file: {\"keptFileId\", \"basedOnVersion\"}",
               description = "keptFileId: from the 409 that refused the upload (document.version-conflict or "
                             + "document.locked), which keeps the file 24 hours (keptUntil). No longer kept: 404 "
                             + "document.kept-file-gone; refused again for a conflict, kept again.")
    public DocumentResults.Uploaded retryKeptVersion(@PathVariable String cooperationId, @PathVariable String spaceId,
                                                     @PathVariable String documentId,
                                                     @RequestBody DocumentRequests.KeptVersionRetry request) {
        return writing.retryKeptVersion(cooperationId, spaceId, documentId, request);
    }

    /** The refusal as any other, with the kept file and the time it is kept until, and a sentence saying so. */
    @ExceptionHandler(RefusedVersionKept.class)
    ResponseEntity<ProblemDetail> refusedButKept(RefusedVersionKept refused, Locale locale) {
        ProblemDetail problem = problems.problemOf(refused);
        problem.setProperty("keptFileId", refused.keptFileId());
        problem.setProperty("keptUntil", refused.keptUntil().toString());
        String until = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale)
                                        .format(refused.keptUntil().atZone(ZoneId.of("Europe/Paris")));
        problem.setDetail(problem.getDetail() + " " + messages.getMessage("document.kept.retry", new Object[]{until},
                                                                          locale));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @PostMapping(path = "/documents/{documentId}/versions/{version}/restoration",
                 consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Make an earlier version the current one again (a new version with its bytes)",
               description = "basedOnVersion: the current version as the reader saw it; someone put one up since: 409 "
                             + "document.version-conflict.")
    public void restoreVersion(@PathVariable String cooperationId, @PathVariable String spaceId,
                               @PathVariable String documentId, @PathVariable int version,
                               @RequestBody DocumentRequests.Restoration request) {
        writing.restoreVersion(cooperationId, spaceId, documentId, request.basedOnVersion(), version);
    }

    @PutMapping(path = "/documents/{documentId}/name", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Rename a document")
    public void rename(@PathVariable String cooperationId, @PathVariable String spaceId, @PathVariable String documentId,
                       @RequestBody DocumentRequests.Name request) {
        writing.rename(cooperationId, spaceId, documentId, request.name());
    }

    @PutMapping(path = "/documents/{documentId}/folder", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Move a document to another folder of the space (folderId null: the root)")
    public void move(@PathVariable String cooperationId, @PathVariable String spaceId, @PathVariable String documentId,
                     @RequestBody DocumentRequests.Destination request) {
        writing.move(cooperationId, spaceId, documentId, request.folderId());
    }

    @PutMapping(path = "/documents/{documentId}/trashed", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Put a document in the trash (true) or restore it (false)")
    public void trash(@PathVariable String cooperationId, @PathVariable String spaceId, @PathVariable String documentId,
                      @RequestBody DocumentRequests.Trashed request) {
        writing.trash(cooperationId, spaceId, documentId, request.trashed());
    }

    @PutMapping(path = "/documents/{documentId}/locked", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Lock a document while editing it (true), or unlock it (false)",
               description = "Locked, nobody else puts up a version, renames, moves or trashes it (409 "
                             + "document.locked). Its holder unlocks it; a moderator of the space breaks someone "
                             + "else's lock, recorded as broken; anyone else gets 403.")
    public void lock(@PathVariable String cooperationId, @PathVariable String spaceId, @PathVariable String documentId,
                     @RequestBody DocumentRequests.Locked request) {
        writing.lock(cooperationId, spaceId, documentId, request.locked());
    }

    @PostMapping(path = "/documents/{documentId}/reading-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Send a document \"à lire\" to some people of the space, with a reminder delay",
               description = "readerIds: people who see the document; remindAfterHours: 1 to 2160. Its sender and the "
                             + "space's moderators see in GET documents/{d} (readers) who has opened (downloaded) it "
                             + "and who has not; those who have not are reminded once by mail after the delay. Sent "
                             + "again to someone, their wait starts again.")
    public void requestReading(@PathVariable String cooperationId, @PathVariable String spaceId,
                               @PathVariable String documentId, @RequestBody DocumentRequests.ReadingRequest request) {
        writing.requestReading(cooperationId, spaceId, documentId, request.readerIds(), request.remindAfterHours());
    }

    private static DocumentWriting.Upload upload(MultipartFile file) {
        if (file == null) {
            throw DocumentRefusedException.refused(DocumentRefusal.FILE_REQUIRED);
        }
        return new DocumentWriting.Upload() {
            @Override
            public String originalName() {
                return file.getOriginalFilename();
            }

            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }
        };
    }
}
