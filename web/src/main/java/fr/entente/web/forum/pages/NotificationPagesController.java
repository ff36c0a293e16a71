package fr.entente.web.forum.pages;

import fr.entente.web.forum.ForumNotifications;
import fr.entente.web.forum.mail.ForumMailPreferences;
import fr.entente.web.forum.mail.MailMode;
import fr.entente.web.security.CurrentPerson;
import fr.entente.web.pages.PageController;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.ZoneId;
import java.util.Locale;

/** The notifications page: the latest, unread first marked, each a link to its post; marked read one by one or all. */
@PageController
class NotificationPagesController {

    private final ForumNotifications notifications;
    private final MessageSource messages;
    private final ForumMailPreferences preferences;
    private final CurrentPerson currentPerson;

    NotificationPagesController(ForumNotifications notifications, MessageSource messages, ForumMailPreferences preferences,
                                CurrentPerson currentPerson) {
        this.notifications = notifications;
        this.messages = messages;
        this.preferences = preferences;
        this.currentPerson = currentPerson;
    }

    @PostMapping("/notifications/courriels")
    String chooseMail(@RequestParam(name = "mode", defaultValue = "") String mode, RedirectAttributes redirect, Locale locale) {
        MailMode chosen = java.util.Arrays.stream(MailMode.values()).filter(value -> value.name().equals(mode)).findFirst()
                                          .orElse(null);
        preferences.choose(currentPerson.personId(), chosen);
        redirect.addFlashAttribute("confirmation", messages.getMessage("notifications.done.mail", null, locale));
        return "redirect:/notifications";
    }

    @GetMapping("/notifications")
    String notifications(Model model) {
        model.addAttribute("notifications", notifications.latest());
        model.addAttribute("mailMode", preferences.chosen(currentPerson.personId()).map(Enum::name).orElse(""));
        model.addAttribute("paris", ZoneId.of("Europe/Paris"));
        return "notifications";
    }

    @PostMapping("/notifications/{postId}/lue")
    String read(@PathVariable String postId, RedirectAttributes redirect, Locale locale) {
        notifications.markRead(postId);
        redirect.addFlashAttribute("confirmation", messages.getMessage("notifications.done.read", null, locale));
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/lues")
    String readAll(RedirectAttributes redirect, Locale locale) {
        notifications.markAllRead();
        redirect.addFlashAttribute("confirmation", messages.getMessage("notifications.done.allRead", null, locale));
        return "redirect:/notifications";
    }
}
