package fr.entente.web.decision.mail;

import fr.entente.common.api.RefusedException;
import fr.entente.decision.query.DecisionView;
import fr.entente.infra.audit.Actor;
import fr.entente.web.decision.DecisionAccess;
import fr.entente.web.decision.Decisions;
import fr.entente.web.decision.SeenDecision;
import fr.entente.web.pages.PageController;
import fr.entente.web.pages.ReadYourWrites;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The links of the arbitration mails, for people who are not signed in. A GET only shows a page that asks to confirm
 * (mail scanners open every link of a mail: a GET never votes); the form of that page votes, without JavaScript and
 * without signing in, as the person the link was made for. A link that was changed, or is not this hub's, a decision
 * closed (links expire at the close), or a person who no longer votes on it, get a page that says why and offers to
 * sign in and vote.
 */
@PageController
public class ArbitrationLinksController {

    /** Why a link cannot vote: the page's sentence and the status it answers. */
    enum Refusal {
        TAMPERED(HttpServletResponse.SC_BAD_REQUEST),
        UNKNOWN(HttpServletResponse.SC_NOT_FOUND),
        CLOSED(HttpServletResponse.SC_GONE),
        FOREIGN(HttpServletResponse.SC_FORBIDDEN);

        final int status;

        Refusal(int status) {
            this.status = status;
        }
    }

    private static final String PAGE = "arbitrage";

    private final VoteLinks links;
    private final ArbitrationMails mails;
    private final DecisionAccess access;
    private final Decisions decisions;
    private final ReadYourWrites readYourWrites;

    ArbitrationLinksController(VoteLinks links, ArbitrationMails mails, DecisionAccess access, Decisions decisions,
                               ReadYourWrites readYourWrites) {
        this.links = links;
        this.mails = mails;
        this.access = access;
        this.decisions = decisions;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/arbitrage/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        readYourWrites.await(model, "decisions");
        Optional<VoteLinks.Ballot> ballot = links.verify(token);
        if (ballot.isEmpty()) {
            return refused(Refusal.TAMPERED, null, model, response);
        }
        Optional<DecisionView> decision = mails.find(ballot.get().decisionId());
        if (decision.isEmpty()) {
            return refused(Refusal.UNKNOWN, null, model, response);
        }
        if (!decision.get().open()) {
            return refused(Refusal.CLOSED, decision.get(), model, response);
        }
        Optional<SeenDecision> seen = access.seenBy(ballot.get().personId(), decision.get().cooperationId(),
                                                    decision.get().decisionId()).filter(SeenDecision::voter);
        if (seen.isEmpty()) {
            return refused(Refusal.FOREIGN, decision.get(), model, response);
        }
        model.addAttribute("decision", decision.get());
        model.addAttribute("chosen", ballot.get().option());
        model.addAttribute("currentVote", seen.get().currentVote());
        model.addAttribute("deadline", decision.get().deadline().atZone(ZoneId.of("Europe/Paris")));
        model.addAttribute("token", token);
        return PAGE;
    }

    @PostMapping("/arbitrage/{token}")
    String vote(@PathVariable String token, @RequestParam(defaultValue = "") String option, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Optional<VoteLinks.Ballot> ballot = links.verify(token);
        if (ballot.isEmpty()) {
            return refused(Refusal.TAMPERED, null, model, response);
        }
        Optional<DecisionView> decision = mails.find(ballot.get().decisionId());
        if (decision.isEmpty()) {
            return refused(Refusal.UNKNOWN, null, model, response);
        }
        Optional<SeenDecision> seen = access.seenBy(ballot.get().personId(), decision.get().cooperationId(),
                                                    decision.get().decisionId());
        try {
            decisions.voteAs(new Actor(ballot.get().personId(), seen.map(SeenDecision::organisationId).orElse(null),
                                       decision.get().cooperationId()),
                             decision.get().decisionId(), option.isBlank() ? ballot.get().option() : option);
        } catch (RefusedException refused) {
            Refusal why = switch (refused.code()) {
                case "decision.closed" -> Refusal.CLOSED;
                case "decision.not-found", "decision.not-a-voter", "decision.person-required" -> Refusal.FOREIGN;
                default -> null;
            };
            if (why != null) {
                return refused(why, decision.get(), model, response);
            }
            redirect.addFlashAttribute("refusedCode", refused.code());
            return "redirect:/arbitrage/" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        }
        redirect.addFlashAttribute("recorded", option.isBlank() ? ballot.get().option() : option);
        fr.entente.web.application.WrittenPosition.ofThisRequest()
                .ifPresent(position -> redirect.addFlashAttribute("writtenPosition", position));
        return "redirect:/arbitrage/" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static String refused(Refusal why, DecisionView decision, Model model, HttpServletResponse response) {
        response.setStatus(why.status);
        model.addAttribute("refusal", why.name());
        model.addAttribute("decision", decision);
        return PAGE;
    }
}
