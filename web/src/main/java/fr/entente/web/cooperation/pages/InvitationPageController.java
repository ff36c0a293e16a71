package fr.entente.web.cooperation.pages;

import fr.entente.infra.security.PersonAccount;
import fr.entente.web.cooperation.Invitations;
import fr.entente.web.problem.NotVisibleException;
import fr.entente.web.problem.Problems;
import fr.entente.web.validation.AcceptablePassword;
import fr.entente.web.validation.PasswordStrength;
import jakarta.servlet.http.HttpServletResponse;
import fr.entente.web.pages.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/** The page an invitation link opens: the person chooses their password, once. */
@PageController
public class InvitationPageController {

    private final Invitations invitations;
    private final Problems problems;

    InvitationPageController(Invitations invitations, Problems problems) {
        this.invitations = invitations;
        this.problems = problems;
    }

    @GetMapping("/invitation/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response, Locale locale) {
        try {
            PersonAccount invited = invitations.invitationOf(token);
            model.addAttribute("displayName", invited.displayName());
            model.addAttribute("username", invited.username());
            model.addAttribute("token", token);
        } catch (NotVisibleException invalid) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("error", problems.sentence(locale, invalid.refusal().sentenceKey()));
        }
        return "invitation";
    }

    @PostMapping("/invitation/{token}")
    String setPassword(@PathVariable String token, @RequestParam String password, @RequestParam String confirmation,
                       Model model, HttpServletResponse response, Locale locale) {
        String problem = !password.equals(confirmation) ? problems.sentence(locale, "account.passwords-differ")
                : PasswordStrength.refusalOf(password)
                                  .map(key -> key.equals("account.password-unacceptable")
                                              ? problems.sentence(locale, key, AcceptablePassword.MIN_LENGTH,
                                                                  AcceptablePassword.MAX_BYTES)
                                              : problems.sentence(locale, key))
                                  .orElse(null);
        if (problem != null) {
            response.setStatus(422);
            model.addAttribute("passwordError", problem);
            return form(token, model, response, locale);
        }
        try {
            invitations.accept(token, password);
        } catch (NotVisibleException invalid) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("error", problems.sentence(locale, invalid.refusal().sentenceKey()));
            return "invitation";
        }
        return "redirect:/connexion?bienvenue";
    }
}
