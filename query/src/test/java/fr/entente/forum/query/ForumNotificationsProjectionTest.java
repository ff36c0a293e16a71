package fr.entente.forum.query;

import fr.entente.forum.api.*;
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdate;
import fr.entente.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is told of a post: the thread's followers (its author and those who replied or chose to follow, less those who
 * stopped), the members it mentions, the whole space for {@code @espace}; never its author; each bell's count
 * published live; what was read stays read after a replay.
 */
class ForumNotificationsProjectionTest {

    private static final String HDF = "hauts-de-france";
    private static final String SPACE = "espace-hauts-de-france-gt";
    private static final String THREAD = "fil-rsu";
    private static final String R62 = "person-referent-62";
    private static final String R80 = "person-referent-80";
    private static final String R59 = "person-referent-59";
    private static final String OFFICER = "person-officer-59";

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    private ForumReadModel model;

    @BeforeEach
    void spaceAndThread() {
        model = ForumReadModel.on(mongo.freshDatabase());
        model.log.feed(new BodySpaceOpenedEvent(SPACE, HDF, "gt"),
                       new SpaceMemberAddedEvent(SPACE, HDF, OFFICER, SpaceRole.MODERATOR),
                       new SpaceMemberAddedEvent(SPACE, HDF, R62, SpaceRole.MEMBER),
                       new SpaceMemberAddedEvent(SPACE, HDF, R80, SpaceRole.MEMBER),
                       new SpaceMemberAddedEvent(SPACE, HDF, R59, SpaceRole.MEMBER),
                       new ThreadStartedEvent(THREAD, HDF, SPACE, "Collecte des RSU", R62, null),
                       new PostWrittenEvent(THREAD, "p-1", R62, "Bonjour", null, null));
    }

    private List<NotificationView> of(String personId) {
        return model.threads.handle(new FindNotificationsQuery(personId, 50));
    }

    @Test
    void theAuthorOfAThreadIsToldOfEachReplyButNotOfTheirOwnPosts() {
        model.log.feed(new PostWrittenEvent(THREAD, "p-2", R80, "Merci", "p-1", null),
                       new PostWrittenEvent(THREAD, "p-3", R62, "Avec plaisir", null, null));

        assertThat(of(R62)).extracting(NotificationView::postId, NotificationView::kind, NotificationView::actorId)
                           .containsExactly(org.assertj.core.groups.Tuple.tuple("p-2", NotificationKind.REPLY, R80));
        assertThat(of(R80)).extracting(NotificationView::postId).containsExactly("p-3");
        assertThat(of(OFFICER)).isEmpty();
    }

    @Test
    void aMentionTellsThePersonNamedAndOutranksAReply() {
        model.log.feed(new PostWrittenEvent(THREAD, "p-2", R80, "@referent.62 @referent.59 ?", null, null),
                       new MembersMentionedEvent(THREAD, "p-2", List.of(R62, R59), false));

        assertThat(of(R62)).extracting(NotificationView::kind).containsExactly(NotificationKind.MENTION);
        assertThat(of(R59)).extracting(NotificationView::kind, NotificationView::threadTitle)
                           .containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationKind.MENTION, "Collecte des RSU"));
    }

    @Test
    void theWholeSpaceIsToldOfAnAtEspaceButItsAuthor() {
        model.log.feed(new PostWrittenEvent(THREAD, "p-2", OFFICER, "@espace réunion jeudi", null, null),
                       new MembersMentionedEvent(THREAD, "p-2", List.of(), true));

        assertThat(of(R80)).extracting(NotificationView::kind).containsExactly(NotificationKind.SPACE_MENTION);
        assertThat(of(R59)).hasSize(1);
        assertThat(of(R62)).as("a follower named with the whole space").extracting(NotificationView::kind)
                           .containsExactly(NotificationKind.SPACE_MENTION);
        assertThat(of(OFFICER)).isEmpty();
    }

    @Test
    void someoneWhoStoppedFollowingIsToldNoMore() {
        model.log.feed(new ThreadUnfollowedEvent(THREAD, R62),
                       new PostWrittenEvent(THREAD, "p-2", R80, "Merci", null, null));

        assertThat(of(R62)).isEmpty();
    }

    @Test
    void someoneWhoFollowsIsTold() {
        model.log.feed(new ThreadFollowedEvent(THREAD, OFFICER),
                       new PostWrittenEvent(THREAD, "p-2", R80, "Merci", null, null));

        assertThat(of(OFFICER)).extracting(NotificationView::postId).containsExactly("p-2");
    }

    @Test
    void theBellCountIsPublishedToEachPersonTold() {
        model.log.feed(new PostWrittenEvent(THREAD, "p-2", R80, "@referent.59", null, null),
                       new MembersMentionedEvent(THREAD, "p-2", List.of(R59), false));

        List<LiveUpdate> bell = model.published(LiveTopics.notifications(R59));
        assertThat(bell).hasSize(1);
        assertThat(bell.get(0).json()).contains("\"unread\":1");
        assertThat(model.published(LiveTopics.notifications(R62)).get(0).json()).contains("\"unread\":1");
    }

    @Test
    void readOneByOneOrAllAndStillReadAfterAReplay() {
        model.log.feed(new PostWrittenEvent(THREAD, "p-2", R80, "Un", null, null),
                       new PostWrittenEvent(THREAD, "p-3", R80, "Deux", null, null));
        model.notifications.markRead(R62, R62 + "/p-2");
        assertThat(model.notifications.unreadCount(R62)).isEqualTo(1);

        model.notifications.markAllRead(R62);
        assertThat(model.notifications.unreadCount(R62)).isZero();

        model.log.reset();
        model.log.redeliverAll();
        assertThat(of(R62)).hasSize(2).allMatch(NotificationView::read);
    }

    @Test
    void nobodyMarksAnotherPersonsNotificationRead() {
        model.log.feed(new PostWrittenEvent(THREAD, "p-2", R80, "Un", null, null));

        model.notifications.markRead(R80, R62 + "/p-2");

        assertThat(model.notifications.unreadCount(R62)).isEqualTo(1);
    }

    @Test
    void aDeletedPostIsNoLongerNews() {
        model.log.feed(new PostWrittenEvent(THREAD, "p-2", R80, "Oups", null, null),
                       new PostDeletedEvent(THREAD, "p-2", R80));

        assertThat(of(R62)).isEmpty();
        assertThat(model.published(LiveTopics.notifications(R62))).last().extracting(LiveUpdate::json)
                .asString().contains("\"unread\":0");
    }

    @Test
    void aRemovedMemberIsAnnouncedSoThatTheirSubscriptionsAreCheckedAgain() {
        model.log.feed(new SpaceMemberRemovedEvent(SPACE, HDF, R80));

        assertThat(model.announced).extracting(LiveUpdate::topic).containsExactly(LiveTopics.person(R80));
    }
}
