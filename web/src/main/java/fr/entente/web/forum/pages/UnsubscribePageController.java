package fr.entente.web.forum.pages;

import fr.entente.web.forum.mail.ForumMailPreferences;
import fr.entente.web.forum.mail.MailMode;
import fr.entente.web.forum.mail.UnsubscribeLinks;
import fr.entente.web.pages.PageController;
import fr.entente.web.problem.WebRefusal;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The signed unsubscribe link of every forum mail, opened without signing in: the page asks to confirm (a mail
 * client that opens links by itself unsubscribes nobody), the form stops the forum's mails. A link whose signature
 * does not match (changed by hand, another person's identifier, or made by another hub) gets a page saying so, with
 * the refusal's code ({@link WebRefusal#UNSUBSCRIBE_LINK_INVALID}, 400), and changes nothing.
 */
@PageController
class UnsubscribePageController {

    private static final String PAGE = "desabonnement";

    private final UnsubscribeLinks links;
    private final ForumMailPreferences preferences;

    UnsubscribePageController(UnsubscribeLinks links, ForumMailPreferences preferences) {
        this.links = links;
        this.preferences = preferences;
    }

    @GetMapping("/desabonnement/{personId}/{signature}")
    String confirm(@PathVariable String personId, @PathVariable String signature, Model model,
                   HttpServletResponse response) {
        if (!links.valid(personId, signature)) {
            return refused(model, response);
        }
        model.addAttribute("done", false);
        return PAGE;
    }

    @PostMapping("/desabonnement/{personId}/{signature}")
    String unsubscribe(@PathVariable String personId, @PathVariable String signature, Model model,
                       HttpServletResponse response) {
        if (!links.valid(personId, signature)) {
            return refused(model, response);
        }
        preferences.choose(personId, MailMode.NEVER);
        model.addAttribute("done", true);
        return PAGE;
    }

    private static String refused(Model model, HttpServletResponse response) {
        WebRefusal refusal = WebRefusal.UNSUBSCRIBE_LINK_INVALID;
        response.setStatus(refusal.status().value());
        model.addAttribute("refusalCode", refusal.code());
        model.addAttribute("refusalSentence", refusal.sentenceKey());
        return PAGE;
    }
}
