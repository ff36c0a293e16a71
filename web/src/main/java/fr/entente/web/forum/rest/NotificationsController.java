package fr.entente.web.forum.rest;

import fr.entente.web.forum.ForumNotifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

    private final ForumNotifications notifications;

    public NotificationsController(ForumNotifications notifications) {
        this.notifications = notifications;
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
