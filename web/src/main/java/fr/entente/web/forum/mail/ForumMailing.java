package fr.entente.web.forum.mail;

import fr.entente.forum.query.NotificationStore;
import fr.entente.forum.query.NotificationView;
import fr.entente.forum.query.FindForumThreadQuery;
import fr.entente.forum.query.PostView;
import fr.entente.forum.query.ThreadView;
import fr.entente.infra.mail.MailOutbox;
import fr.entente.infra.security.PersonAccount;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.forum.ForumAccess;
import fr.entente.web.forum.ForumNames;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends the forum's mails: a notification at once, or a person's digest; only to a person with an active account and
 * an address, who may still see the thread, and who has not read it yet; each recorded in the {@link ForumMailLedger}
 * first, so that none goes twice.
 */
@Component
class ForumMailing {

    private final NotificationStore notifications;
    private final ForumMailPreferences preferences;
    private final ForumMailLedger ledger;
    private final ForumMailTexts texts;
    private final MailOutbox outbox;
    private final PersonAccounts accounts;
    private final ForumAccess access;
    private final ForumNames names;
    private final QueryGateway queries;

    ForumMailing(NotificationStore notifications, ForumMailPreferences preferences, ForumMailLedger ledger,
                 ForumMailTexts texts, MailOutbox outbox, PersonAccounts accounts, ForumAccess access, ForumNames names,
                 QueryGateway queries) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.ledger = ledger;
        this.texts = texts;
        this.outbox = outbox;
        this.accounts = accounts;
        this.access = access;
        this.names = names;
        this.queries = queries;
    }

    /** The notifications of this post that go at once. */
    void atOnce(String postId, Instant now) {
        for (NotificationView notification : notifications.ofPost(postId)) {
            Optional<ThreadView> thread = thread(notification);
            if (thread.isEmpty() || preferences.modeFor(notification, thread.get().authorId()) != MailMode.AT_ONCE
                || notification.read() || ledger.mailed(notification.personId(), postId)) {
                continue;
            }
            recipient(notification).ifPresent(account -> {
                if (ledger.claimNotification(account.personId(), postId, now)) {
                    outbox.send(texts.single(account.email(), account.personId(), item(notification, thread.get()),
                                             accounts.languageOf(account.personId())));
                }
            });
        }
    }

    /** One person's digest of a day: what they were told before it, not read, not mailed, in the digest's mode. */
    void digest(String personId, java.time.LocalDate day, Instant before, Instant now) {
        List<ForumMailTexts.Item> items = new ArrayList<>();
        List<NotificationView> due = new ArrayList<>();
        for (NotificationView notification : notifications.unread(personId)) {
            Optional<ThreadView> thread = thread(notification);
            if (notification.at().isBefore(before) && thread.isPresent()
                && preferences.modeFor(notification, thread.get().authorId()) == MailMode.DAILY
                && !ledger.mailed(personId, notification.postId())) {
                items.add(item(notification, thread.get()));
                due.add(notification);
            }
        }
        if (items.isEmpty()) {
            return;
        }
        Optional<PersonAccount> account = recipient(due.get(0));
        if (account.isPresent() && ledger.claimDigest(personId, day, now)) {
            due.forEach(notification -> ledger.claimNotification(personId, notification.postId(), now));
            items.sort(java.util.Comparator.comparing(item -> item.notification().at()));
            outbox.send(texts.digest(account.get().email(), personId, items, accounts.languageOf(personId)));
        }
    }

    private Optional<ThreadView> thread(NotificationView notification) {
        if (access.threadSeenBy(notification.personId(), notification.cooperationId(), notification.threadId()).isEmpty()) {
            return Optional.empty();
        }
        return queries.query(new FindForumThreadQuery(notification.threadId()), ResponseTypes.optionalInstanceOf(ThreadView.class))
                      .join();
    }

    private Optional<PersonAccount> recipient(NotificationView notification) {
        return accounts.find(notification.personId())
                       .filter(account -> account.active() && account.email() != null && !account.email().isBlank());
    }

    private ForumMailTexts.Item item(NotificationView notification, ThreadView thread) {
        String text = thread.posts().stream().filter(post -> post.postId().equals(notification.postId())).findFirst()
                            .map(PostView::text).orElse(null);
        String actor = names.people(notification.cooperationId(), List.of(notification.actorId())).get(notification.actorId());
        return new ForumMailTexts.Item(notification, actor, text);
    }

}
