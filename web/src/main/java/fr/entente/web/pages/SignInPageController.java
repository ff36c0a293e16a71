package fr.entente.web.pages;

import fr.entente.web.security.SignInHandlers;
import jakarta.servlet.http.HttpSession;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; the form posts to the same address, where Spring Security checks it. */
@PageController
public class SignInPageController {

    @GetMapping("/connexion")
    String signIn(HttpSession session, Model model) {
        Object error = session.getAttribute(SignInHandlers.SIGN_IN_ERROR);
        if (error != null) {
            session.removeAttribute(SignInHandlers.SIGN_IN_ERROR);
            model.addAttribute("error", error);
        }
        return "connexion";
    }
}
