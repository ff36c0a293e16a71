package fr.entente.web.document.pages;

import fr.entente.web.document.DocumentRequests;
import fr.entente.web.document.DocumentResults;
import fr.entente.web.document.RefusedVersionKept;
import fr.entente.web.document.DocumentWriting;
import fr.entente.web.pages.PageController;
import fr.entente.web.pages.PageForm;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The documents pages' forms: upload a file (the page's file input), put up a new version, create a folder. Each goes
 * through the documents' application layer, as the API does, and answers as every page's forms do: back to the
 * folder's page with a confirmation, or with the error next to the form, nothing stored.
 */
@PageController
class DocumentFormsController {

    private final DocumentWriting writing;
    private final PageForm form;
    private final MessageSource messages;

    DocumentFormsController(DocumentWriting writing, PageForm form, MessageSource messages) {
        this.writing = writing;
        this.form = form;
        this.messages = messages;
    }

    @PostMapping("/cooperations/{cooperationId}/documents/{spaceId}/depots")
    String upload(@PathVariable String cooperationId, @PathVariable String spaceId,
                  @RequestParam(name = "folderId", required = false) String folderId,
                  @RequestParam(name = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect, Locale locale) {
        PageForm.Outcome outcome = form.submit(null, Map.of(), "file", () -> {
            DocumentResults.Uploaded uploaded = writing.upload(cooperationId, spaceId, folderId, upload(file));
            return messages.getMessage("documents.done.uploaded", new Object[]{uploaded.name()}, locale);
        });
        return form.answer(outcome, "depot", values(folderId), folderPage(cooperationId, spaceId, folderId), redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/documents/{spaceId}/fichiers/{documentId}/versions")
    String version(@PathVariable String cooperationId, @PathVariable String spaceId, @PathVariable String documentId,
                   @RequestParam(name = "folderId", required = false) String folderId,
                   @RequestParam(name = "basedOnVersion") int basedOnVersion,
                   @RequestParam(name = "file", required = false) MultipartFile file,
                   RedirectAttributes redirect, Locale locale) {
        PageForm.Outcome outcome = form.submit(null, Map.of(), "file", () -> {
            DocumentResults.Uploaded uploaded = offeringTheKeptFile(documentId, redirect, () -> writing.uploadVersion(
                    cooperationId, spaceId, documentId, basedOnVersion, upload(file)));
            return messages.getMessage("documents.done.version", new Object[]{uploaded.version(), uploaded.name()}, locale);
        });
        return form.answer(outcome, "version", values(folderId), folderPage(cooperationId, spaceId, folderId), redirect);
    }

    /** The refused version again, from its kept file, made from the version the page shows now. */
    @PostMapping("/cooperations/{cooperationId}/documents/{spaceId}/fichiers/{documentId}/versions/fichier-garde")
    String retryKeptVersion(@PathVariable String cooperationId, @PathVariable String spaceId,
                            @PathVariable String documentId,
                            @RequestParam(name = "folderId", required = false) String folderId,
                            @RequestParam(name = "basedOnVersion") int basedOnVersion,
                            @RequestParam(name = "keptFileId", defaultValue = "") String keptFileId,
                            RedirectAttributes redirect, Locale locale) {
        PageForm.Outcome outcome = form.submit(null, Map.of(), "keptFileId", () -> {
            DocumentResults.Uploaded uploaded = offeringTheKeptFile(documentId, redirect, () -> writing.retryKeptVersion(
                    cooperationId, spaceId, documentId, new DocumentRequests.KeptVersionRetry(keptFileId, basedOnVersion)));
            return messages.getMessage("documents.done.version", new Object[]{uploaded.version(), uploaded.name()}, locale);
        });
        return form.answer(outcome, "version", values(folderId), folderPage(cooperationId, spaceId, folderId), redirect);
    }

    /**
     * A version refused by a conflict or a lock keeps its file: the page then offers to retry with it (flash
     * {@code keptVersion}: the document, the file, until when), without choosing the file again.
     */
    private static DocumentResults.Uploaded offeringTheKeptFile(String documentId, RedirectAttributes redirect,
                                                                java.util.function.Supplier<DocumentResults.Uploaded> upload) {
        try {
            return upload.get();
        } catch (RefusedVersionKept kept) {
            Map<String, String> offer = new java.util.LinkedHashMap<>();
            offer.put("documentId", documentId);
            offer.put("keptFileId", kept.keptFileId());
            offer.put("keptUntil", java.time.format.DateTimeFormatter.ofPattern("d/MM/yyyy HH:mm")
                                                                     .format(kept.keptUntil().atZone(java.time.ZoneId.of("Europe/Paris"))));
            redirect.addFlashAttribute("keptVersion", offer);
            throw kept;
        }
    }

    @PostMapping("/cooperations/{cooperationId}/documents/{spaceId}/dossiers")
    String createFolder(@PathVariable String cooperationId, @PathVariable String spaceId,
                        @RequestParam(name = "parentFolderId", required = false) String parentFolderId,
                        @RequestParam(name = "name", required = false) String name,
                        RedirectAttributes redirect, Locale locale) {
        DocumentRequests.NewFolder request = new DocumentRequests.NewFolder(name, parentFolderId);
        PageForm.Outcome outcome = form.submit(request, Map.of(), "name", () -> {
            writing.createFolder(cooperationId, spaceId, parentFolderId, name);
            return messages.getMessage("documents.done.folder", new Object[]{name.strip()}, locale);
        });
        Map<String, String> values = values(parentFolderId);
        values.put("name", name == null ? "" : name);
        return form.answer(outcome, "dossier", values, folderPage(cooperationId, spaceId, parentFolderId), redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/documents/{spaceId}/dossiers/{folderId}/droits")
    String rights(@PathVariable String cooperationId, @PathVariable String spaceId, @PathVariable String folderId,
                  @RequestParam(name = "mode", defaultValue = "herite") String mode,
                  @RequestParam(name = "memberIds", required = false) List<String> memberIds,
                  @RequestParam(name = "readOnlyIds", required = false) List<String> readOnlyIds,
                  RedirectAttributes redirect, Locale locale) {
        DocumentRequests.Rights request = new DocumentRequests.Rights("reserve".equals(mode),
                                                                      "reserve".equals(mode) ? orEmpty(memberIds) : List.of(),
                                                                      orEmpty(readOnlyIds));
        PageForm.Outcome outcome = form.submit(null, Map.of(), "memberIds", () -> {
            writing.setRights(cooperationId, spaceId, folderId, request);
            return messages.getMessage("documents.done.rights", null, locale);
        });
        return form.answer(outcome, "droits", Map.of("mode", mode), folderPage(cooperationId, spaceId, folderId), redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/documents/{spaceId}/fichiers/{documentId}/nom")
    String rename(@PathVariable String cooperationId, @PathVariable String spaceId, @PathVariable String documentId,
                  @RequestParam(name = "folderId", required = false) String folderId,
                  @RequestParam(name = "name", required = false) String name,
                  RedirectAttributes redirect, Locale locale) {
        PageForm.Outcome outcome = form.submit(null, Map.of(), "name", () -> {
            writing.rename(cooperationId, spaceId, documentId, name);
            return messages.getMessage("documents.done.renamed", new Object[]{name.strip()}, locale);
        });
        return form.answer(outcome, "document", values(folderId), folderPage(cooperationId, spaceId, folderId), redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/documents/{spaceId}/dossiers/{folderId}/nom")
    String renameFolder(@PathVariable String cooperationId, @PathVariable String spaceId, @PathVariable String folderId,
                        @RequestParam(name = "name", required = false) String name,
                        RedirectAttributes redirect, Locale locale) {
        PageForm.Outcome outcome = form.submit(null, Map.of(), "name", () -> {
            writing.renameFolder(cooperationId, spaceId, folderId, name);
            return messages.getMessage("documents.done.folderRenamed", new Object[]{name.strip()}, locale);
        });
        return form.answer(outcome, "ce-dossier", Map.of("name", name == null ? "" : name),
                           folderPage(cooperationId, spaceId, folderId), redirect);
    }

    @PostMapping("/cooperations/{cooperationId}/documents/{spaceId}/dossiers/{folderId}/emplacement")
    String moveFolder(@PathVariable String cooperationId, @PathVariable String spaceId, @PathVariable String folderId,
                      @RequestParam(name = "parentFolderId", required = false) String parentFolderId,
                      RedirectAttributes redirect, Locale locale) {
        PageForm.Outcome outcome = form.submit(null, Map.of(), "parentFolderId", () -> {
            writing.moveFolder(cooperationId, spaceId, folderId, parentFolderId);
            return messages.getMessage("documents.done.folderMoved", null, locale);
        });
        return form.answer(outcome, "ce-dossier", Map.of(), folderPage(cooperationId, spaceId, folderId), redirect);
    }

    /** To the trash ({@code corbeille=oui}) or back out of it. */
    @PostMapping("/cooperations/{cooperationId}/documents/{spaceId}/fichiers/{documentId}/corbeille")
    String trash(@PathVariable String cooperationId, @PathVariable String spaceId, @PathVariable String documentId,
                 @RequestParam(name = "folderId", required = false) String folderId,
                 @RequestParam(name = "corbeille", defaultValue = "oui") String trash,
                 RedirectAttributes redirect, Locale locale) {
        boolean trashed = "oui".equals(trash);
        PageForm.Outcome outcome = form.submit(null, Map.of(), "documentId", () -> {
            writing.trash(cooperationId, spaceId, documentId, trashed);
            return messages.getMessage(trashed ? "documents.done.trashed" : "documents.done.restored", null, locale);
        });
        String page = folderPage(cooperationId, spaceId, folderId) + (trashed ? "" : "?corbeille=oui");
        return form.answer(outcome, "document", values(folderId), page, redirect);
    }

    /** Locks ({@code verrou=oui}) or unlocks a document; a moderator's unlock breaks someone else's lock. */
    @PostMapping("/cooperations/{cooperationId}/documents/{spaceId}/fichiers/{documentId}/verrou")
    String lock(@PathVariable String cooperationId, @PathVariable String spaceId, @PathVariable String documentId,
                @RequestParam(name = "folderId", required = false) String folderId,
                @RequestParam(name = "verrou", defaultValue = "oui") String lock,
                RedirectAttributes redirect, Locale locale) {
        boolean locked = "oui".equals(lock);
        PageForm.Outcome outcome = form.submit(null, Map.of(), "documentId", () -> {
            writing.lock(cooperationId, spaceId, documentId, locked);
            return messages.getMessage(locked ? "documents.done.locked" : "documents.done.unlocked", null, locale);
        });
        return form.answer(outcome, "document", values(folderId), folderPage(cooperationId, spaceId, folderId), redirect);
    }

    private static List<String> orEmpty(List<String> ids) {
        return ids == null ? List.of() : ids;
    }

    private static String folderPage(String cooperationId, String spaceId, String folderId) {
        String root = "/cooperations/" + cooperationId + "/documents/" + spaceId;
        return folderId == null || folderId.isBlank() ? root : root + "/dossiers/" + folderId;
    }

    private static Map<String, String> values(String folderId) {
        Map<String, String> values = new HashMap<>();
        values.put("folderId", folderId == null ? "" : folderId);
        return values;
    }

    private static DocumentWriting.Upload upload(MultipartFile file) {
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()))) {
            throw fr.entente.document.api.DocumentRefusedException.refused(fr.entente.document.api.DocumentRefusal.FILE_REQUIRED);
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
