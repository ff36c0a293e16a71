package fr.entente.web.pages;

import fr.entente.web.problem.Problems;
import fr.entente.web.problem.WebRefusal;
import fr.entente.web.security.SignInHandlers;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/**
 * The sign-in page; the form posts to the same address, where Spring Security checks it. Why the last sign-in failed
 * comes from the page's address ({@code ?erreur}, {@code &attente=<minutes>}), so that showing it needs no session.
 */
@PageController
public class SignInPageController {

    private final Problems problems;

    SignInPageController(Problems problems) {
        this.problems = problems;
    }

    @GetMapping("/connexion")
    String signIn(@RequestParam(name = SignInHandlers.FAILED, required = false) String failed,
                  @RequestParam(name = SignInHandlers.THROTTLED_MINUTES, required = false) Integer minutes,
                  Model model, Locale locale) {
        if (minutes != null && minutes > 0) {
            model.addAttribute("error", problems.sentence(locale, WebRefusal.SIGN_IN_THROTTLED.sentenceKey(),
                                                          Math.min(minutes, 60)));
        } else if (failed != null) {
            model.addAttribute("error", problems.sentence(locale, WebRefusal.SIGN_IN_FAILED.sentenceKey()));
        }
        return "connexion";
    }
}
