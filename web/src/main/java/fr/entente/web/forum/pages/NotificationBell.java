package fr.entente.web.forum.pages;

import fr.entente.infra.security.PersonPrincipal;
import fr.entente.web.forum.ForumNotifications;
import fr.entente.web.pages.PageController;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

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
    void bell(Model model) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PersonPrincipal) {
            model.addAttribute("bell", notifications.bell());
        }
    }
}
