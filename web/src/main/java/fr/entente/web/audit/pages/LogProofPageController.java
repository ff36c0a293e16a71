package fr.entente.web.audit.pages;

import fr.entente.infra.logchain.Verification;
import fr.entente.web.audit.LogProof;
import fr.entente.web.pages.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The log's proof, for the directors: the last verification and a button to run one, the public key to keep, and the
 * daily signed checkpoints to download. It reads through the same application layer as the API.
 */
@PageController
public class LogProofPageController {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final LogProof proof;

    LogProofPageController(LogProof proof) {
        this.proof = proof;
    }

    @GetMapping("/cooperations/{cooperationId}/journal/preuve")
    String proof(@PathVariable String cooperationId, Model model) {
        model.addAttribute("cooperationId", cooperationId);
        Verification verification = proof.lastVerification(cooperationId).orElse(null);
        model.addAttribute("verification", verification);
        model.addAttribute("verifiedAt", verification == null ? null : ZonedDateTime.ofInstant(verification.verifiedAt(), PARIS));
        model.addAttribute("problem", verification == null ? null : verification.problem().orElse(null));
        model.addAttribute("publicKey", proof.publicKeyPem(cooperationId));
        model.addAttribute("checkpoints", proof.checkpoints(cooperationId));
        return "journal-preuve";
    }

    @PostMapping("/cooperations/{cooperationId}/journal/preuve/verification")
    String verify(@PathVariable String cooperationId) {
        proof.verifyNow(cooperationId);
        return "redirect:/cooperations/" + cooperationId + "/journal/preuve#verification";
    }
}
