package fr.entente.web.study.rest;

import fr.entente.study.query.StudyView;
import fr.entente.web.study.Studies;
import fr.entente.web.study.StudyAccess;
import fr.entente.web.study.StudyRequests;
import fr.entente.web.study.StudyResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** The observatory's studies, from the proposal to the dissemination (convention, art. 4 and 5). */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}/studies", produces = "application/json")
@Tag(name = "Études", description = "For the people of the cooperation who sit in its working group or technical "
                                     + "committee, and its administrators; anyone else gets 404.")
public class StudiesController {

    private final Studies studies;
    private final StudyAccess access;

    private final fr.entente.web.study.StudySheets sheets;

    private final fr.entente.web.study.StudyAsItStood asItStood;

    public StudiesController(Studies studies, StudyAccess access, fr.entente.web.study.StudySheets sheets,
                             fr.entente.web.study.StudyAsItStood asItStood) {
        this.asItStood = asItStood;
        this.sheets = sheets;
        this.studies = studies;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "The cooperation's studies, newest first")
    public List<StudyView> list(@PathVariable String cooperationId) {
        return access.studies(cooperationId);
    }

    @GetMapping("/{studyId}")
    @Operation(summary = "A study and its chain: origin, validating decision, launch, progress, results, committee "
                         + "informed, disseminations, arbitrations")
    public StudyView study(@PathVariable String cooperationId, @PathVariable String studyId) {
        return access.seen(cooperationId, studyId);
    }

    @GetMapping("/{studyId}/as-it-stood")
    @Operation(summary = "A study as it stood at an instant: its stage, decision, launch, progress, results, "
                         + "information of the committee, disseminations and arbitrations then",
               description = "at: an ISO 8601 instant with its offset (2026-03-12T14:00:00+01:00 or …Z). Rebuilt from the "
                             + "study's events up to that instant. 404 for whoever does not see the study, or before it "
                             + "was proposed.")
    public StudyView asItStood(@PathVariable String cooperationId, @PathVariable String studyId,
                               @org.springframework.web.bind.annotation.RequestParam String at) {
        java.time.OffsetDateTime instant;
        try {
            instant = java.time.OffsetDateTime.parse(at);
        } catch (java.time.format.DateTimeParseException e) {
            throw new fr.entente.web.problem.RequestRefusedException(fr.entente.web.problem.WebRefusal.INVALID_VALUE, at, "at");
        }
        return asItStood.at(cooperationId, studyId, instant.toInstant());
    }

    @GetMapping(path = "/{studyId}/sheet.pdf", produces = "application/pdf")
    @Operation(summary = "The study's sheet (fiche étude) as a tagged PDF, in the reader's language")
    public ResponseEntity<byte[]> sheet(@PathVariable String cooperationId, @PathVariable String studyId,
                                        java.util.Locale locale) {
        return sheets.response(cooperationId, studyId, locale);
    }

    @PostMapping
    @Operation(summary = "Propose a study (a member of the working group, its officer or convenor, an administrator)")
    public ResponseEntity<StudyResults.Proposed> propose(@PathVariable String cooperationId,
                                                        @jakarta.validation.Valid @RequestBody StudyRequests.NewStudy request) {
        StudyResults.Proposed proposed = studies.propose(cooperationId, request);
        return ResponseEntity.created(URI.create("/api/cooperations/" + cooperationId + "/studies/" + proposed.studyId()))
                             .body(proposed);
    }

    @PostMapping("/{studyId}/validation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put the study to the technical committee's validation",
               description = "Opens an arbitration by e-mail of the committee (bodyId) with its deadline, concerning the "
                             + "study; its outcome is taken into the study once numbered in the register.")
    public StudyResults.PutToCommittee submit(@PathVariable String cooperationId, @PathVariable String studyId,
                                              @RequestBody StudyRequests.ToTheCommittee request) {
        return studies.submitForValidation(cooperationId, studyId, request);
    }

    @PostMapping("/{studyId}/launch")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Launch a validated study with its lead centre, participating centres and milestones")
    public void launch(@PathVariable String cooperationId, @PathVariable String studyId,
                       @RequestBody StudyRequests.Launch request) {
        studies.launch(cooperationId, studyId, request);
    }

    @PostMapping("/{studyId}/progress")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Report on the study's progress (its lead centre, or the officer)")
    public void progress(@PathVariable String cooperationId, @PathVariable String studyId,
                         @RequestBody StudyRequests.Progress request) {
        studies.reportProgress(cooperationId, studyId, request);
    }

    @PostMapping("/{studyId}/folder")
    @Operation(summary = "The study's folder of results in its working group's document space, opened if it has none",
               description = "Upload the results there through the documents' API, then deliver them by their ids.")
    public StudyView.Folder folder(@PathVariable String cooperationId, @PathVariable String studyId) {
        return studies.folder(cooperationId, studyId);
    }

    @PostMapping("/{studyId}/results")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deliver the study's results: documents of its folder",
               description = "Each document id must be a document of the study's folder (422 study.document-unknown).")
    public void results(@PathVariable String cooperationId, @PathVariable String studyId,
                        @RequestBody StudyRequests.Results request) {
        studies.deliverResults(cooperationId, studyId, request);
    }

    @PostMapping("/{studyId}/committee-information")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record that the technical committee was informed of the results and of the planned "
                         + "dissemination (audiences and means)")
    public void inform(@PathVariable String cooperationId, @PathVariable String studyId,
                       @jakarta.validation.Valid @RequestBody StudyRequests.CommitteeInformation request) {
        studies.informCommittee(cooperationId, studyId, request);
    }

    @PostMapping("/{studyId}/results-to-read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Present the results to the technical committee by sending them \"à lire\" to its members",
               description = "Each result document is sent to read to the members of the technical committee "
                             + "(bodyId) who see the study's folder, with read receipts and a reminder after "
                             + "remindAfterHours (72 unless given, 1 to 2160); the study then records the committee "
                             + "informed of the planned audiences and means, as at its meeting. Refused before the "
                             + "results are delivered (409 study.results-not-delivered), for a body that is not a "
                             + "technical committee (422 study.technical-committee-required).")
    public void resultsToRead(@PathVariable String cooperationId, @PathVariable String studyId,
                              @jakarta.validation.Valid @RequestBody StudyRequests.ResultsToRead request) {
        studies.sendResultsToRead(cooperationId, studyId, request);
    }

    @PostMapping("/{studyId}/disseminations")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Disseminate the study",
               description = "To the member centres at any time after delivery; beyond them only to an audience the "
                             + "technical committee was informed of, never while an arbitration on the study is open "
                             + "(409 study.committee-not-informed, study.arbitration-open).")
    public void disseminate(@PathVariable String cooperationId, @PathVariable String studyId,
                            @jakarta.validation.Valid @RequestBody StudyRequests.Dissemination request) {
        studies.disseminate(cooperationId, studyId, request);
    }

    @PostMapping("/{studyId}/questions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A director's question on the study, put to the technical committee's arbitration by e-mail",
               description = "Blocks dissemination beyond the member centres until the arbitration closes.")
    public StudyResults.PutToCommittee question(@PathVariable String cooperationId, @PathVariable String studyId,
                                                @RequestBody StudyRequests.Question request) {
        return studies.raiseQuestion(cooperationId, studyId, request);
    }
}
