package fr.entente.web.forum.pages;

import fr.entente.infra.security.PersonPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import fr.entente.web.forum.ForumNotifications;
import fr.entente.web.pages.PageController;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The bell in the header of every page of a signed-in person: how many notifications they have not read, and the live
 * topic that keeps the count (the layout's script follows it).
 */
@ControllerAdvice(annotations = PageController.class)
class NotificationBell {

    private final ForumNotifications notifications;

    NotificationBell(ForumNotifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute
    void bell(Model model, HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (rendersAPage(request) && authentication != null && authentication.getPrincipal() instanceof PersonPrincipal) {
            model.addAttribute("bell", notifications.bell());
        }
    }

    /**
     * Only a page read in full shows the bell: a form answered by a redirect, the sections fifty open pages fetch
     * after each live update, a file, read no count (it cost three reads of the store per viewer and change).
     */
    private static boolean rendersAPage(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
        return !(handler instanceof HandlerMethod method)
               || method.getReturnType().getParameterType() == String.class && !method.hasMethodAnnotation(ResponseBody.class);
    }
}
