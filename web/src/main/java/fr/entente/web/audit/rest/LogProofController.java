package fr.entente.web.audit.rest;

import fr.entente.infra.logchain.Checkpoint;
import fr.entente.infra.logchain.LogProblem;
import fr.entente.infra.logchain.Verification;
import fr.entente.web.audit.AuditRefusal;
import fr.entente.web.audit.AuditRefusedException;
import fr.entente.web.audit.LogProof;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The proof that the log was not rewritten: its verification, its signed checkpoints and the key that verifies them. */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}/audit", produces = "application/json")
@Tag(name = "Journal d'audit", description = "For the directors (technical and steering committees) and the "
                                           + "administrators of the cooperation: 403 for its other members, 404 for "
                                           + "anyone else.")
public class LogProofController {

    /** A verification as the API gives it; {@code problem} is absent when the log is intact. */
    public record VerificationResult(Instant verifiedAt, boolean intact, long entriesChecked, long chainedUpTo,
                                     int checkpointsChecked, LogProblem problem, long millis) {

        static VerificationResult of(Verification verification) {
            return new VerificationResult(verification.verifiedAt(), verification.intact(), verification.entriesChecked(),
                                          verification.chainedUpTo(), verification.checkpointsChecked(),
                                          verification.problem().orElse(null), verification.millis());
        }
    }

    private final LogProof proof;

    public LogProofController(LogProof proof) {
        this.proof = proof;
    }

    @GetMapping("/verification")
    @Operation(summary = "The last verification of the log since the hub started (204 if none ran yet)")
    public ResponseEntity<VerificationResult> lastVerification(@PathVariable String cooperationId) {
        return proof.lastVerification(cooperationId).map(VerificationResult::of).map(ResponseEntity::ok)
                    .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/verification")
    @Operation(summary = "Verify the log now",
               description = "Recomputes the hash chain from every entry of the log and compares it with the chain kept "
                             + "beside it and with every signed checkpoint; names the first entry altered, moved "
                             + "(REORDERED), missing or inserted, a rewritten link, or a checkpoint that no longer matches "
                             + "(the log was rewritten before its date) or whose signature fails.")
    public VerificationResult verify(@PathVariable String cooperationId) {
        return VerificationResult.of(proof.verifyNow(cooperationId));
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "The daily signed checkpoints, newest first")
    public List<Checkpoint> checkpoints(@PathVariable String cooperationId) {
        return proof.checkpoints(cooperationId);
    }

    @GetMapping("/checkpoints/{day}")
    @Operation(summary = "One day's checkpoint, as a file to keep",
               description = "Its signedText is what the Ed25519 signature covers: openssl pkeyutl -verify -pubin "
                             + "-inkey public-key.pem -rawin -in text -sigfile signature (the signature base64-decoded).")
    public ResponseEntity<Checkpoint> checkpoint(@PathVariable String cooperationId, @PathVariable String day) {
        Checkpoint checkpoint = proof.checkpoint(cooperationId, parse(day));
        return ResponseEntity.ok()
                             .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"entente-checkpoint-" + checkpoint.day() + ".json\"")
                             .body(checkpoint);
    }

    @GetMapping("/public-key")
    @Operation(summary = "The hub's public key that verifies the checkpoints (PEM, application/x-pem-file)")
    public void publicKey(@PathVariable String cooperationId, HttpServletResponse response) throws IOException {
        String pem = proof.publicKeyPem(cooperationId);
        // written as a file whatever the client accepts: a refusal before this point is problem details as usual
        response.setContentType("application/x-pem-file");
        response.setCharacterEncoding(StandardCharsets.US_ASCII.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"entente-public-key.pem\"");
        response.getWriter().write(pem);
    }

    private static LocalDate parse(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new AuditRefusedException(AuditRefusal.CHECKPOINT_UNKNOWN, day);
        }
    }
}
