package fr.entente.web.forum.mail;

import fr.entente.common.query.LogPosition;
import fr.entente.forum.api.MembersMentionedEvent;
import fr.entente.forum.api.PostWrittenEvent;
import fr.entente.forum.query.ForumThreadsProjection;
import fr.entente.web.application.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Mails at once the notifications that go at once (mentions, new posts in one's own threads, or everything for
 * whoever chose so), once the notifications' read model has them. Its processing group starts at the head of the log
 * ({@link ForumMailConfiguration}): a hub's first start, or a replay, mails nothing of the past.
 */
@Component
@ProcessingGroup(ForumMailsAtOnce.PROCESSING_GROUP)
class ForumMailsAtOnce {

    static final String PROCESSING_GROUP = "forum-mail";
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(20);

    private final ForumMailing mailing;
    private final ReadModels readModels;
    private final Clock clock;

    ForumMailsAtOnce(ForumMailing mailing, ReadModels readModels, ObjectProvider<Clock> clocks) {
        this.mailing = mailing;
        this.readModels = readModels;
        this.clock = clocks.getIfAvailable(Clock::systemUTC);
    }

    @EventHandler
    void on(PostWrittenEvent event, LogPosition position) {
        mail(event.postId(), position);
    }

    @EventHandler
    void on(MembersMentionedEvent event, LogPosition position) {
        mail(event.postId(), position);
    }

    private void mail(String postId, LogPosition position) {
        if (position.known() && !readModels.awaitProcessed(position.value(), READ_MODEL_WAIT,
                                                           List.of(ForumThreadsProjection.PROCESSING_GROUP))) {
            throw new IllegalStateException("the forum's notifications have not reached " + position + " yet");
        }
        mailing.atOnce(postId, clock.instant());
    }
}
