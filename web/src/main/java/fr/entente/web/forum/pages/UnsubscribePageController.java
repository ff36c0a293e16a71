package fr.entente.web.forum.pages;

import fr.entente.web.forum.mail.ForumMailPreferences;
import fr.entente.web.forum.mail.MailMode;
import fr.entente.web.forum.mail.UnsubscribeLinks;
import fr.entente.web.pages.PageController;
import fr.entente.web.problem.NotVisibleException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The signed unsubscribe link of every forum mail, opened without signing in: the page asks to confirm (a mail
 * client that opens links by itself unsubscribes nobody), the form stops the forum's mails. A link whose signature
 * does not match is a page that does not exist.
 */
@PageController
class UnsubscribePageController {

    private final UnsubscribeLinks links;
    private final ForumMailPreferences preferences;

    UnsubscribePageController(UnsubscribeLinks links, ForumMailPreferences preferences) {
        this.links = links;
        this.preferences = preferences;
    }

    @GetMapping("/desabonnement/{personId}/{signature}")
    String confirm(@PathVariable String personId, @PathVariable String signature, Model model) {
        check(personId, signature);
        model.addAttribute("done", false);
        return "desabonnement";
    }

    @PostMapping("/desabonnement/{personId}/{signature}")
    String unsubscribe(@PathVariable String personId, @PathVariable String signature, Model model) {
        check(personId, signature);
        preferences.choose(personId, MailMode.NEVER);
        model.addAttribute("done", true);
        return "desabonnement";
    }

    private void check(String personId, String signature) {
        if (!links.valid(personId, signature)) {
            throw NotVisibleException.invitation();
        }
    }
}
