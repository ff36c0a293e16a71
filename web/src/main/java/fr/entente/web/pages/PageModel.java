package fr.entente.web.pages;

import fr.entente.common.api.ForbiddenException;
import fr.entente.infra.security.PersonPrincipal;
import fr.entente.common.api.UnknownTargetException;
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
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PersonPrincipal person) {
            model.addAttribute("signedInName", person.displayName());
        }
        model.addAttribute("pagePath", request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** Something a page shows that does not exist, or that the person may not see (a meeting of another body). */
    @ExceptionHandler(UnknownTargetException.class)
    String unknown(UnknownTargetException exception, HttpServletRequest request, HttpServletResponse response,
                   Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        layout(request, model);
        model.addAttribute("status", 404);
        model.addAttribute("message", exception.getMessage());
        return "erreur";
    }

    @ExceptionHandler(NotVisibleException.class)
    String notFound(NotVisibleException exception, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        layout(request, model);
        model.addAttribute("status", 404);
        model.addAttribute("message", exception.getMessage());
        return "erreur";
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        layout(request, model);
        model.addAttribute("status", 403);
        return "erreur";
    }
}
