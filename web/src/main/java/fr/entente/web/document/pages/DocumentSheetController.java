package fr.entente.web.document.pages;

import fr.entente.document.query.DocumentsProjection;
import fr.entente.web.document.DocumentPages;
import fr.entente.web.document.DocumentReading;
import fr.entente.web.document.DocumentResults;
import fr.entente.web.document.DocumentWriting;
import fr.entente.web.forum.ForumAccess;
import fr.entente.web.forum.ForumNames;
import fr.entente.web.pages.HistoryLinks;
import fr.entente.web.pages.PageController;
import fr.entente.web.pages.PageForm;
import fr.entente.web.pages.ReadYourWrites;
import fr.entente.web.security.CooperationAccess;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A document's page ({@code …/fichiers/{d}/fiche}): its preview, its versions, and who was sent it "à lire": its sender
 * and the space's moderators see who has opened it and who has not (and when the others are reminded); a person asked
 * to read it sees that they were; a writer sends it "à lire" to people of the space who see it; a reader of the audit
 * trail has its "Historique" (the trail narrowed to the document's acts). Through the
 * documents' application layer, as the API.
 */
@PageController
class DocumentSheetController {

    static final String FORM = "a-lire";
    /** The document's own forms: a version restored, the document moved. */
    static final String SHEET_FORM = "fiche";
    /** The reminder delays the page offers, in hours: a day, two, three, a week, two weeks. */
    static final List<Integer> DELAYS = List.of(24, 48, 72, 168, 336);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final DocumentReading reading;
    private final DocumentWriting writing;
    private final ForumAccess forum;
    private final ForumNames names;
    private final CooperationAccess cooperations;
    private final ReadYourWrites readYourWrites;
    private final PageForm form;
    private final MessageSource messages;
    private final HistoryLinks history;

    DocumentSheetController(DocumentReading reading, DocumentWriting writing, ForumAccess forum, ForumNames names,
                            CooperationAccess cooperations, ReadYourWrites readYourWrites, PageForm form,
                            MessageSource messages, HistoryLinks history) {
        this.history = history;
        this.reading = reading;
        this.writing = writing;
        this.forum = forum;
        this.names = names;
        this.cooperations = cooperations;
        this.readYourWrites = readYourWrites;
        this.form = form;
        this.messages = messages;
    }

    @GetMapping("/cooperations/{cooperationId}/documents/{spaceId}/fichiers/{documentId}/fiche")
    String sheet(@PathVariable String cooperationId, @PathVariable String spaceId, @PathVariable String documentId,
                 Model model) {
        readYourWrites.await(model, DocumentsProjection.PROCESSING_GROUP);
        ForumAccess.SeenSpace space = forum.space(cooperationId, spaceId);
        DocumentResults.DocumentDetail document = reading.document(cooperationId, spaceId, documentId);
        String you = reading.personId();
        model.addAttribute("cooperation", cooperations.cooperation(cooperationId).cooperation());
        model.addAttribute("spaceId", spaceId);
        model.addAttribute("spaceTitle", names.spaceTitle(space.space()));
        model.addAttribute("document", document);
        model.addAttribute("current", document.versions().get(document.versions().size() - 1));
        model.addAttribute("preview", fr.entente.web.document.DocumentPreviews.previewable(
                document.versions().get(document.versions().size() - 1).contentType()));
        model.addAttribute("folderPage", DocumentPages.folder(cooperationId, spaceId, document.folderId()));
        model.addAttribute("paris", PARIS);
        history.expose(model, cooperationId, documentId);
        List<DocumentResults.Reader> others = document.readers().stream()
                                                      .filter(reader -> !reader.personId().equals(you)
                                                                        || reader.requestedBy().equals(you)
                                                                        || document.yourAccess().name().equals("MANAGE"))
                                                      .toList();
        model.addAttribute("readers", others);
        model.addAttribute("yourRequest", document.readers().stream()
                                                  .filter(reader -> reader.personId().equals(you) && !reader.opened())
                                                  .findFirst().orElse(null));
        if (document.yourAccess().writes() && !document.trashed()) {
            List<String> seeing = reading.peopleWhoSee(cooperationId, spaceId, document.folderId(),
                                                       space.space().members().stream().map(member -> member.personId())
                                                            .toList());
            Map<String, String> named = names.people(cooperationId, seeing);
            model.addAttribute("possibleReaders", seeing.stream().filter(personId -> !personId.equals(you))
                    .map(personId -> new PossibleReader(personId, named.get(personId)))
                    .sorted(Comparator.comparing(PossibleReader::name, String.CASE_INSENSITIVE_ORDER)).toList());
            model.addAttribute("delays", DELAYS);
            model.addAttribute("destinations", reading.documentDestinations(cooperationId, spaceId, document.folderId()));
        }
        PageForm.exposeForms(model, List.of(FORM, SHEET_FORM), name -> name);
        return "document";
    }

    /** Makes an earlier version the current one again (a new version with its bytes), decided from the current one. */
    @PostMapping("/cooperations/{cooperationId}/documents/{spaceId}/fichiers/{documentId}/versions/{version}/retablissement")
    String restoreVersion(@PathVariable String cooperationId, @PathVariable String spaceId,
                          @PathVariable String documentId, @PathVariable int version,
                          @RequestParam(name = "basedOnVersion") int basedOnVersion,
                          RedirectAttributes redirect, Locale locale) {
        PageForm.Outcome outcome = form.submit(null, Map.of(), "version", () -> {
            writing.restoreVersion(cooperationId, spaceId, documentId, basedOnVersion, version);
            return messages.getMessage("documents.done.versionRestored", new Object[]{version, basedOnVersion + 1}, locale);
        });
        return form.answer(outcome, SHEET_FORM, Map.of(), DocumentPages.documentPage(cooperationId, spaceId, documentId),
                           redirect);
    }

    /** Moves the document to another folder of the space (blank: the root). */
    @PostMapping("/cooperations/{cooperationId}/documents/{spaceId}/fichiers/{documentId}/dossier")
    String move(@PathVariable String cooperationId, @PathVariable String spaceId, @PathVariable String documentId,
                @RequestParam(name = "folderId", required = false) String folderId,
                RedirectAttributes redirect, Locale locale) {
        PageForm.Outcome outcome = form.submit(null, Map.of(), "toFolderId", () -> {
            writing.move(cooperationId, spaceId, documentId, folderId);
            return messages.getMessage("documents.done.moved", null, locale);
        });
        return form.answer(outcome, SHEET_FORM, Map.of(), DocumentPages.documentPage(cooperationId, spaceId, documentId),
                           redirect);
    }

    /** A line of the "à lire" form: a person of the space who sees the document. */
    record PossibleReader(String personId, String name) {
    }

    @PostMapping("/cooperations/{cooperationId}/documents/{spaceId}/fichiers/{documentId}/a-lire")
    String requestReading(@PathVariable String cooperationId, @PathVariable String spaceId,
                          @PathVariable String documentId,
                          @RequestParam(name = "readerIds", required = false) List<String> readerIds,
                          @RequestParam(name = "remindAfterHours", defaultValue = "72") String remindAfterHours,
                          RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        Integer hours = form.integer(remindAfterHours, "remindAfterHours", errors, locale);
        List<String> readers = readerIds == null ? List.of() : readerIds;
        PageForm.Outcome outcome = form.submit(null, errors, "readerIds", () -> {
            writing.requestReading(cooperationId, spaceId, documentId, readers, hours == null ? 0 : hours);
            return messages.getMessage("documents.done.reading", new Object[]{readers.size()}, locale);
        });
        return form.answer(outcome, FORM, Map.of("remindAfterHours", remindAfterHours),
                           DocumentPages.documentPage(cooperationId, spaceId, documentId), redirect);
    }
}
