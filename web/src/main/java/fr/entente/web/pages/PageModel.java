package fr.entente.web.pages;

import fr.entente.infra.security.PersonPrincipal;
import fr.entente.common.api.Refusal;
import fr.entente.common.api.RefusedException;
import fr.entente.web.problem.NotVisibleException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs (who is signed in, the address for the language switch), and the pages' answers
 * to what they may not show: a 404 page for a cooperation or body one cannot see, a 403 page for administration
 * reserved to administrators. Ordered before the API's advice, which answers problem details.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageModel {

    @ModelAttribute
    void layout(HttpServletRequest request, Model model) {
        fillLayout(request, model);
    }

    /** Who is signed in and the page's address, for a page rendered outside the pages' controllers (an error page). */
    static void fillLayout(HttpServletRequest request, Model model) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PersonPrincipal person) {
            model.addAttribute("signedInName", person.displayName());
        }
        model.addAttribute("pagePath", request.getRequestURI().substring(request.getContextPath().length()));
    }

    /**
     * A refusal reaches a page only when it concerns the whole page (forms show theirs next to their fields): a
     * meeting the person may not see (404), an administration they may not use (403).
     */
    @ExceptionHandler(RefusedException.class)
    String refused(RefusedException refused, HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = refused.kind() == Refusal.Kind.NOT_FOUND ? HttpServletResponse.SC_NOT_FOUND
                                                              : HttpServletResponse.SC_FORBIDDEN;
        response.setStatus(status);
        layout(request, model);
        model.addAttribute("status", status);
        return "erreur";
    }

    @ExceptionHandler(NotVisibleException.class)
    String notFound(NotVisibleException exception, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        layout(request, model);
        model.addAttribute("status", 404);
        return "erreur";
    }
}
