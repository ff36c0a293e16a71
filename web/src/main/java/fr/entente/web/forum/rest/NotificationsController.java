package fr.entente.web.forum.rest;

import fr.entente.web.forum.ForumNotifications;
import fr.entente.web.forum.mail.ForumMailPreferences;
import fr.entente.web.forum.mail.MailMode;
import fr.entente.web.security.CurrentPerson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** The signed-in person's forum notifications: mentions, @espace, new posts in the threads they follow. */
@RestController
@RequestMapping(path = "/api/me/notifications", produces = "application/json")
@Tag(name = "Notifications", description = "A person's notifications, in every cooperation they belong to. The bell's "
                                           + "count follows live on the topic notifications/{personId}.")
public class NotificationsController {

    /** How one wants the forum's e-mails; {@code null}: the default (mentions and one's threads at once, the rest daily). */
    public record MailChoice(MailMode mode) {
    }

    private final ForumNotifications notifications;
    private final ForumMailPreferences preferences;
    private final CurrentPerson currentPerson;

    public NotificationsController(ForumNotifications notifications, ForumMailPreferences preferences,
                                   CurrentPerson currentPerson) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.currentPerson = currentPerson;
    }

    @GetMapping("/mail")
    @Operation(summary = "How one gets the forum's e-mails: AT_ONCE, DAILY (digest at 07:00 Europe/Paris), NEVER, or "
                         + "null for the default (mentions and new posts in one's threads at once, the rest daily)")
    public MailChoice mail() {
        return new MailChoice(preferences.chosen(currentPerson.personId()).orElse(null));
    }

    @PutMapping("/mail")
    @Operation(summary = "Choose how one gets the forum's e-mails")
    public MailChoice chooseMail(@RequestBody MailChoice choice) {
        preferences.choose(currentPerson.personId(), choice.mode());
        return choice;
    }

    @GetMapping
    @Operation(summary = "The latest notifications, newest first (those of threads one may no longer see are left out)")
    public List<ForumNotifications.Notification> latest() {
        return notifications.latest();
    }

    @GetMapping("/unread")
    @Operation(summary = "How many are unread, and the live topic and position that keep the count")
    public ForumNotifications.Bell bell() {
        return notifications.bell();
    }

    @PostMapping("/{notificationId}/read")
    @Operation(summary = "Mark one notification read; answers the unread count")
    public Map<String, Long> read(@PathVariable String notificationId) {
        return Map.of("unread", notifications.markRead(notificationId));
    }

    @PostMapping("/read")
    @Operation(summary = "Mark every notification read; answers the unread count")
    public Map<String, Long> readAll() {
        return Map.of("unread", notifications.markAllRead());
    }
}
