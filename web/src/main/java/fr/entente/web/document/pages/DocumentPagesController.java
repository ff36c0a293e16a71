package fr.entente.web.document.pages;

import fr.entente.document.api.DocumentRefusal;
import fr.entente.document.api.DocumentRefusedException;
import fr.entente.document.api.FolderAccess;
import fr.entente.document.api.FolderRights;
import fr.entente.document.query.DocumentsProjection;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.document.ContentDispositions;
import fr.entente.web.document.DocumentDownloads;
import fr.entente.web.document.DocumentLimits;
import fr.entente.web.document.DocumentReading;
import fr.entente.web.document.DocumentResults;
import fr.entente.web.document.FolderAsItStood;
import fr.entente.web.forum.ForumAccess;
import fr.entente.web.forum.ForumNames;
import fr.entente.web.live.LivePositions;
import fr.entente.web.pages.PageController;
import fr.entente.web.pages.PageForm;
import fr.entente.web.pages.ReadYourWrites;
import fr.entente.web.pages.ScriptJson;
import fr.entente.web.security.CooperationAccess;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The documents of a forum space, page by folder: the path down to it, its subfolders, its documents with their
 * versions, the forms to upload a file, put up a version and create a folder; followed live (a new document or version
 * in the folder renders its list again); and the folder as it stood at a date and time, without forms. Downloads go through the same application layer as the API.
 */
@PageController
class DocumentPagesController {

    static final List<String> FORMS = List.of("depot", "dossier", "version", "droits", "document", "ce-dossier");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final DocumentReading reading;
    private final DocumentDownloads downloads;
    private final ForumAccess forum;
    private final ForumNames names;
    private final CooperationAccess cooperations;
    private final ReadYourWrites readYourWrites;
    private final LivePositions livePositions;
    private final ScriptJson json;
    private final DocumentLimits limits;
    private final FolderAsItStood asItStood;

    DocumentPagesController(DocumentReading reading, DocumentDownloads downloads, ForumAccess forum, ForumNames names,
                            CooperationAccess cooperations, ReadYourWrites readYourWrites, LivePositions livePositions,
                            ScriptJson json, DocumentLimits limits, FolderAsItStood asItStood) {
        this.asItStood = asItStood;
        this.reading = reading;
        this.downloads = downloads;
        this.forum = forum;
        this.names = names;
        this.cooperations = cooperations;
        this.readYourWrites = readYourWrites;
        this.livePositions = livePositions;
        this.json = json;
        this.limits = limits;
    }

    /** The root of the space's documents; {@code ?corbeille=oui}: its trash. */
    @GetMapping("/cooperations/{cooperationId}/documents/{spaceId}")
    String root(@PathVariable String cooperationId, @PathVariable String spaceId,
                @RequestParam(name = "corbeille", defaultValue = "non") String trash, Model model) {
        return page(cooperationId, spaceId, null, "oui".equals(trash), model);
    }

    @GetMapping("/cooperations/{cooperationId}/documents/{spaceId}/dossiers/{folderId}")
    String folder(@PathVariable String cooperationId, @PathVariable String spaceId, @PathVariable String folderId,
                  @RequestParam(name = "corbeille", defaultValue = "non") String trash, Model model) {
        return page(cooperationId, spaceId, folderId, "oui".equals(trash), model);
    }

    /**
     * A folder (or the root) as it stood at a date and time of Europe/Paris ({@code le=2026-03-12T14:00}): its
     * subfolders and documents then, with no form and no live updates; a malformed date is a page not found, as on
     * the other pages "as it stood".
     */
    @GetMapping({"/cooperations/{cooperationId}/documents/{spaceId}/etat",
                 "/cooperations/{cooperationId}/documents/{spaceId}/dossiers/{folderId}/etat"})
    String asItStood(@PathVariable String cooperationId, @PathVariable String spaceId,
                     @PathVariable(required = false) String folderId,
                     @RequestParam(name = "le", defaultValue = "") String at, Model model) {
        LocalDateTime when;
        try {
            when = LocalDateTime.parse(at);
        } catch (DateTimeParseException e) {
            throw DocumentRefusedException.refused(DocumentRefusal.NOT_FOUND);
        }
        ForumAccess.SeenSpace space = forum.space(cooperationId, spaceId);
        DocumentResults.Listing listing = asItStood.at(cooperationId, spaceId, folderId, when.atZone(PARIS).toInstant());
        model.addAttribute("cooperation", cooperations.cooperation(cooperationId).cooperation());
        model.addAttribute("spaceId", spaceId);
        model.addAttribute("listing", listing);
        model.addAttribute("trash", false);
        model.addAttribute("paris", PARIS);
        model.addAttribute("spaceTitle", names.spaceTitle(space.space()));
        model.addAttribute("here", listing);
        model.addAttribute("asOf", when);
        model.addAttribute("asOfParam", at);
        PageForm.exposeForms(model, FORMS, form -> form);
        return "documents";
    }

    /** A folder's list alone, for a page that follows it live. */
    @GetMapping({"/cooperations/{cooperationId}/documents/{spaceId}/liste",
                 "/cooperations/{cooperationId}/documents/{spaceId}/dossiers/{folderId}/liste"})
    String list(@PathVariable String cooperationId, @PathVariable String spaceId,
                @PathVariable(required = false) String folderId,
                @RequestParam(name = "corbeille", defaultValue = "non") String trash, Model model) {
        listing(cooperationId, spaceId, folderId, "oui".equals(trash), model);
        PageForm.exposeForms(model, FORMS, form -> form);
        return "documents :: liste";
    }

    @GetMapping("/cooperations/{cooperationId}/documents/{spaceId}/fichiers/{documentId}")
    ResponseEntity<Resource> download(@PathVariable String cooperationId, @PathVariable String spaceId,
                                      @PathVariable String documentId,
                                      @RequestParam(name = "version", required = false) Integer version,
                                      @RequestHeader(name = HttpHeaders.RANGE, required = false) String range) {
        DocumentDownloads.Download download = downloads.download(cooperationId, spaceId, documentId, version,
                                                                 range == null || range.replace(" ", "").startsWith("bytes=0-"));
        return ResponseEntity.ok()
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(download.documentName()))
                             .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                             .contentType(MediaType.parseMediaType(download.version().file().contentType()))
                             .body(download.content());
    }

    @GetMapping(path = "/cooperations/{cooperationId}/documents/{spaceId}/fichiers/{documentId}/apercu",
                produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> preview(@PathVariable String cooperationId, @PathVariable String spaceId,
                                   @PathVariable String documentId) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                             .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                             .body(downloads.preview(cooperationId, spaceId, documentId));
    }

    private String page(String cooperationId, String spaceId, String folderId, boolean trash, Model model) {
        readYourWrites.await(model, DocumentsProjection.PROCESSING_GROUP);
        ForumAccess.SeenSpace space = forum.space(cooperationId, spaceId);
        DocumentResults.Listing listing = listing(cooperationId, spaceId, folderId, trash, model);
        String topic = LiveTopics.documentFolder(cooperationId, spaceId, folderId);
        String base = "/cooperations/" + cooperationId + "/documents/" + spaceId;
        model.addAttribute("liveJson", json.of(Map.of("topic", topic, "position", livePositions.of(topic),
                "fragment", (folderId == null ? base : base + "/dossiers/" + folderId) + "/liste"
                            + (trash ? "?corbeille=oui" : ""))));
        model.addAttribute("spaceTitle", names.spaceTitle(space.space()));
        model.addAttribute("maxMegabytes", limits.maxFileMegabytes());
        model.addAttribute("here", listing);
        if (folderId != null && listing.yourAccess().writes() && !trash) {
            model.addAttribute("destinations", reading.folderDestinations(cooperationId, spaceId, folderId));
        }
        if (folderId != null && listing.yourAccess() == FolderAccess.MANAGE && !trash) {
            rightsForm(cooperationId, spaceId, folderId, space, model);
        }
        PageForm.exposeForms(model, FORMS, form -> form);
        return "documents";
    }

    /** The space's members, each with whether the folder is reserved to them or read-only for them. */
    private void rightsForm(String cooperationId, String spaceId, String folderId, ForumAccess.SeenSpace space,
                            Model model) {
        FolderRights rights = reading.rights(cooperationId, spaceId, folderId);
        List<String> memberIds = space.space().members().stream().map(member -> member.personId()).toList();
        Map<String, String> named = names.people(cooperationId, memberIds);
        model.addAttribute("rights", rights);
        model.addAttribute("spaceMembers", memberIds.stream()
                .map(personId -> new SpaceMember(personId, named.get(personId), rights.memberIds().contains(personId),
                                                 rights.readOnlyIds().contains(personId)))
                .sorted(java.util.Comparator.comparing(SpaceMember::name, String.CASE_INSENSITIVE_ORDER))
                .toList());
    }

    /** A line of the rights form. */
    record SpaceMember(String personId, String name, boolean reserved, boolean readOnly) {
    }

    private DocumentResults.Listing listing(String cooperationId, String spaceId, String folderId, boolean trash,
                                            Model model) {
        DocumentResults.Listing listing = reading.folder(cooperationId, spaceId, folderId, trash);
        model.addAttribute("cooperation", cooperations.cooperation(cooperationId).cooperation());
        model.addAttribute("spaceId", spaceId);
        model.addAttribute("listing", listing);
        model.addAttribute("trash", trash);
        model.addAttribute("paris", PARIS);
        return listing;
    }
}
