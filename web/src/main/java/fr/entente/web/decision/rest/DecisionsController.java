package fr.entente.web.decision.rest;

import fr.entente.decision.query.DecisionSummary;
import fr.entente.web.decision.DecisionAccess;
import fr.entente.web.decision.DecisionAsItStood;
import fr.entente.web.decision.DecisionNames;
import fr.entente.web.decision.DecisionRegisterCsv;
import fr.entente.web.decision.DecisionRegisterPdf;
import fr.entente.web.decision.DecisionRequests;
import fr.entente.web.decision.DecisionResults;
import fr.entente.web.decision.Decisions;
import fr.entente.web.decision.SeenDecision;
import fr.entente.web.problem.RequestRefusedException;
import fr.entente.web.problem.WebRefusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** The decisions of the bodies: open, vote, delegate, close, annul; a decision, a body's decisions, its register. */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}", produces = "application/json")
@Tag(name = "Décisions", description = "Questions put to a body, one vote per member centre, the outcome computed at "
                                       + "the close, numbered in the body's register. The people who sit in the body "
                                       + "and the cooperation's administrators see its decisions, and who voted what "
                                       + "(the votes are open); anyone else gets 404. Live: topics "
                                       + "cooperation/{c}/decision/{d} and cooperation/{c}/body/{b}/decisions.")
public class DecisionsController {

    private final Decisions decisions;
    private final DecisionAccess access;
    private final DecisionNames names;
    private final DecisionRegisterCsv csv;
    private final DecisionRegisterPdf pdf;
    private final DecisionAsItStood asItStood;

    public DecisionsController(Decisions decisions, DecisionAccess access, DecisionNames names, DecisionRegisterCsv csv,
                               DecisionRegisterPdf pdf, DecisionAsItStood asItStood) {
        this.pdf = pdf;
        this.asItStood = asItStood;
        this.decisions = decisions;
        this.access = access;
        this.names = names;
        this.csv = csv;
    }

    @PostMapping("/bodies/{bodyId}/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a decision of a body (its officer or convenor, or an administrator)",
               description = "options empty: pour, contre, abstention. quorum empty: half of the voting centres, "
                             + "rounded up. majority: SIMPLE (default) or TWO_THIRDS. mode LIVE (in a meeting) or "
                             + "ASYNCHRONOUS with a deadline at least an hour ahead.")
    public DecisionResults.Opened open(@PathVariable String cooperationId, @PathVariable String bodyId,
                                       @Valid @RequestBody DecisionRequests.NewDecision request) {
        return decisions.open(cooperationId, bodyId, request);
    }

    @GetMapping("/decisions/{decisionId}/as-it-stood")
    @Operation(summary = "A decision as it stood at an instant: the votes, tally, outcome and number then",
               description = "at: an ISO 8601 instant with its offset (2026-03-12T14:00:00+01:00 or …Z). Rebuilt from the "
                             + "decision's events up to that instant. 404 for whoever does not see the decision, or "
                             + "before it was opened.")
    public DecisionResponse asItStood(@PathVariable String cooperationId, @PathVariable String decisionId,
                                      @RequestParam String at) {
        OffsetDateTime instant;
        try {
            instant = OffsetDateTime.parse(at);
        } catch (DateTimeParseException e) {
            throw new RequestRefusedException(WebRefusal.INVALID_VALUE, at, "at");
        }
        SeenDecision then = asItStood.at(cooperationId, decisionId, instant.toInstant());
        DecisionNames.Names named = names.of(then.decision());
        return new DecisionResponse(then.decision(), then.decision().tally(), named.people(), named.organisations(),
                                    null, false);
    }

    @GetMapping("/decisions/{decisionId}")
    @Operation(summary = "A decision: question, text, options, rule, each centre's vote, the tally, outcome, number, "
                         + "history, with the names it mentions")
    public DecisionResponse decision(@PathVariable String cooperationId, @PathVariable String decisionId) {
        SeenDecision seen = access.seen(cooperationId, decisionId);
        DecisionNames.Names named = names.of(seen.decision());
        return new DecisionResponse(seen.decision(), seen.decision().tally(), named.people(), named.organisations(),
                                    seen.votesFor(), seen.manager());
    }

    @PostMapping("/decisions/{decisionId}/votes")
    @Operation(summary = "Vote for your centre (or the centre whose delegate you are); a new vote replaces the "
                         + "centre's until the close (409 decision.closed after)")
    public DecisionResults.VoteCast vote(@PathVariable String cooperationId, @PathVariable String decisionId,
                                         @Valid @RequestBody DecisionRequests.Vote request) {
        return decisions.vote(cooperationId, decisionId, request);
    }

    @PostMapping("/decisions/{decisionId}/recorded-votes")
    @Operation(summary = "At the meeting, record the vote a present centre gave (the body's officer or convenor, or an "
                         + "administrator; a decision voted at the meeting only); a later vote of that centre replaces it")
    public DecisionResults.VoteRecorded recordVote(@PathVariable String cooperationId, @PathVariable String decisionId,
                                                   @Valid @RequestBody DecisionRequests.RecordedVote request) {
        return decisions.recordVote(cooperationId, decisionId, request);
    }

    @PutMapping("/decisions/{decisionId}/delegate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Designate a person of your centre to receive the decision's mails and vote for the centre")
    public void designate(@PathVariable String cooperationId, @PathVariable String decisionId,
                          @Valid @RequestBody DecisionRequests.Delegate request) {
        decisions.designate(cooperationId, decisionId, request);
    }

    @DeleteMapping("/decisions/{decisionId}/delegate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke your centre's delegate for the decision")
    public void revoke(@PathVariable String cooperationId, @PathVariable String decisionId) {
        decisions.revoke(cooperationId, decisionId);
    }

    @PostMapping("/decisions/{decisionId}/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Close a decision: a live one at the meeting, an asynchronous one early once every centre "
                         + "voted (409 decision.not-all-voted before); the hub closes it at the deadline")
    public void close(@PathVariable String cooperationId, @PathVariable String decisionId) {
        decisions.close(cooperationId, decisionId);
    }

    @PostMapping("/decisions/{decisionId}/annulment")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Annul a closed decision, saying why; it keeps its number, marked annulled")
    public void annul(@PathVariable String cooperationId, @PathVariable String decisionId,
                      @Valid @RequestBody DecisionRequests.Annulment request) {
        decisions.annul(cooperationId, decisionId, request);
    }

    @GetMapping("/bodies/{bodyId}/decisions")
    @Operation(summary = "A body's decisions, newest first")
    public List<DecisionSummary> bodyDecisions(@PathVariable String cooperationId, @PathVariable String bodyId) {
        return access.bodyDecisions(cooperationId, bodyId);
    }

    @GetMapping("/bodies/{bodyId}/register")
    @Operation(summary = "A body's register: its numbered decisions by year then number (year: one year only)")
    public List<DecisionSummary> register(@PathVariable String cooperationId, @PathVariable String bodyId,
                                          @RequestParam(required = false) Integer year) {
        return access.register(cooperationId, bodyId, year);
    }

    @GetMapping(path = "/bodies/{bodyId}/register.csv", produces = "text/csv")
    @Operation(summary = "A body's register as CSV, in the reader's language")
    public ResponseEntity<String> registerCsv(@PathVariable String cooperationId, @PathVariable String bodyId,
                                              @RequestParam(required = false) Integer year, Locale locale) {
        String body = csv.of(access.register(cooperationId, bodyId, year), locale);
        return ResponseEntity.ok()
                             .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                     .filename("registre-" + bodyId + (year == null ? "" : "-" + year) + ".csv")
                                     .build().toString())
                             .body(body);
    }

    @GetMapping(path = "/bodies/{bodyId}/register.pdf", produces = "application/pdf")
    @Operation(summary = "A body's register as a tagged PDF, in French")
    public ResponseEntity<byte[]> registerPdf(@PathVariable String cooperationId, @PathVariable String bodyId,
                                              @RequestParam(required = false) Integer year) {
        DecisionAccess.Named named = access.names(cooperationId, bodyId);
        byte[] document = pdf.of(access.register(cooperationId, bodyId, year), named.body(), named.cooperation(), year);
        return ResponseEntity.ok()
                             .contentType(MediaType.APPLICATION_PDF)
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                     .filename("registre-" + bodyId + (year == null ? "" : "-" + year) + ".pdf")
                                     .build().toString())
                             .body(document);
    }
}
