package fr.entente.web.roadmap.rest;

import fr.entente.roadmap.query.RoadmapView;
import fr.entente.web.roadmap.RoadmapAccess;
import fr.entente.web.roadmap.RoadmapRequests;
import fr.entente.web.roadmap.RoadmapSheets;
import fr.entente.web.roadmap.Roadmaps;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import java.util.Locale;

/** The cooperation's yearly roadmaps (feuilles de route): axes and actions, validation by decision, progress, evaluation. */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}/roadmaps", produces = "application/json")
@Tag(name = "Feuilles de route", description = "For the people of the cooperation's member centres; a partner's people "
                                               + "and anyone else get 404.")
public class RoadmapsController {

    private final Roadmaps roadmaps;
    private final RoadmapAccess access;
    private final RoadmapSheets sheets;

    private final fr.entente.web.roadmap.RoadmapAsItStood asItStood;

    public RoadmapsController(Roadmaps roadmaps, RoadmapAccess access, RoadmapSheets sheets,
                              fr.entente.web.roadmap.RoadmapAsItStood asItStood) {
        this.asItStood = asItStood;
        this.roadmaps = roadmaps;
        this.access = access;
        this.sheets = sheets;
    }

    @GetMapping
    @Operation(summary = "The cooperation's roadmaps, latest year first")
    public List<RoadmapView> list(@PathVariable String cooperationId) {
        return access.roadmaps(cooperationId);
    }

    @GetMapping("/{roadmapId}")
    @Operation(summary = "A roadmap: its axes and actions, the committee's decision, progress per action, evaluation")
    public RoadmapView roadmap(@PathVariable String cooperationId, @PathVariable String roadmapId) {
        return access.seen(cooperationId, roadmapId);
    }

    @GetMapping("/{roadmapId}/as-it-stood")
    @Operation(summary = "A roadmap as it stood at an instant: its stage, decision, progress per action, linked studies, "
                         + "evaluation then",
               description = "at: an ISO 8601 instant with its offset (2026-03-12T14:00:00+01:00 or …Z). Rebuilt from the "
                             + "roadmap's events up to that instant. 404 for whoever does not see the roadmap, or before "
                             + "it was proposed.")
    public RoadmapView asItStood(@PathVariable String cooperationId, @PathVariable String roadmapId,
                                 @org.springframework.web.bind.annotation.RequestParam String at) {
        java.time.OffsetDateTime instant;
        try {
            instant = java.time.OffsetDateTime.parse(at);
        } catch (java.time.format.DateTimeParseException e) {
            throw new fr.entente.web.problem.RequestRefusedException(fr.entente.web.problem.WebRefusal.INVALID_VALUE, at, "at");
        }
        return asItStood.at(cooperationId, roadmapId, instant.toInstant());
    }

    @GetMapping(path = "/{roadmapId}/roadmap.pdf", produces = "application/pdf")
    @Operation(summary = "The roadmap as a tagged PDF, in the reader's language")
    public ResponseEntity<byte[]> pdf(@PathVariable String cooperationId, @PathVariable String roadmapId, Locale locale) {
        return sheets.response(cooperationId, roadmapId, locale);
    }

    @PostMapping
    @Operation(summary = "Propose the year's roadmap (a member of the working group, its officer, an administrator)")
    public ResponseEntity<RoadmapRequests.Proposed> propose(@PathVariable String cooperationId,
                                                           @Valid @RequestBody RoadmapRequests.NewRoadmap request) {
        RoadmapRequests.Proposed proposed = roadmaps.propose(cooperationId, request);
        return ResponseEntity.created(URI.create("/api/cooperations/" + cooperationId + "/roadmaps/" + proposed.roadmapId()))
                             .body(proposed);
    }

    @PostMapping("/{roadmapId}/validation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put the roadmap to the steering or technical committee's decision (by e-mail, with its deadline)")
    public RoadmapRequests.PutToCommittee submit(@PathVariable String cooperationId, @PathVariable String roadmapId,
                                                 @RequestBody RoadmapRequests.ToTheCommittee request) {
        return roadmaps.submitForValidation(cooperationId, roadmapId, request);
    }

    @PostMapping("/{roadmapId}/progress")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Report an action's progress (its lead centre, or the officer), once the roadmap is validated")
    public void progress(@PathVariable String cooperationId, @PathVariable String roadmapId,
                         @RequestBody RoadmapRequests.Progress request) {
        roadmaps.reportProgress(cooperationId, roadmapId, request);
    }

    @PostMapping("/{roadmapId}/studies")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Link a study of the cooperation to an action")
    public void linkStudy(@PathVariable String cooperationId, @PathVariable String roadmapId,
                          @RequestBody RoadmapRequests.StudyLink request) {
        roadmaps.linkStudy(cooperationId, roadmapId, request);
    }

    @PostMapping("/{roadmapId}/evaluation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record the year-end evaluation of a validated roadmap")
    public void evaluate(@PathVariable String cooperationId, @PathVariable String roadmapId,
                         @RequestBody RoadmapRequests.Evaluation request) {
        roadmaps.evaluate(cooperationId, roadmapId, request);
    }
}
