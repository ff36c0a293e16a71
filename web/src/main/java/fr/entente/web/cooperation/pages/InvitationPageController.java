package fr.entente.web.cooperation.pages;

import fr.entente.web.cooperation.Invitations;
import fr.entente.web.problem.NotVisibleException;
import fr.entente.web.validation.AcceptablePassword;
import jakarta.servlet.http.HttpServletResponse;
import fr.entente.web.pages.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;

/** The page an invitation link opens: the person chooses their password, once. */
@PageController
public class InvitationPageController {

    private final Invitations invitations;

    InvitationPageController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invitation/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("displayName", invitations.invitationOf(token).displayName());
            model.addAttribute("token", token);
        } catch (NotVisibleException invalid) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("error", invalid.getMessage());
        }
        return "invitation";
    }

    @PostMapping("/invitation/{token}")
    String setPassword(@PathVariable String token, @RequestParam String password, @RequestParam String confirmation,
                       Model model, HttpServletResponse response) {
        String problem = !password.equals(confirmation) ? "Les deux mots de passe saisis diffèrent : saisissez-les à nouveau."
                : !acceptable(password) ? "Choisissez un mot de passe d'au moins 12 caractères (et d'au plus 72 octets) : "
                                          + "une courte phrase fait un bon mot de passe."
                : null;
        if (problem != null) {
            response.setStatus(422);
            model.addAttribute("passwordError", problem);
            return form(token, model, response);
        }
        try {
            invitations.accept(token, password);
        } catch (NotVisibleException invalid) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("error", invalid.getMessage());
            return "invitation";
        }
        return "redirect:/connexion?bienvenue";
    }

    private static boolean acceptable(String password) {
        return password.codePointCount(0, password.length()) >= AcceptablePassword.MIN_LENGTH
               && password.getBytes(StandardCharsets.UTF_8).length <= AcceptablePassword.MAX_BYTES;
    }
}
