package fr.entente.forum.query;

import fr.entente.forum.api.*;
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdate;
import fr.entente.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The threads' read model against a real MongoDB-wire server, without Spring. */
class ForumThreadsProjectionTest {

    private static final String HDF = "hauts-de-france";
    private static final String SPACE = "espace-hauts-de-france-gt";
    private static final String OTHER_SPACE = "espace-methodes";
    private static final String THREAD = "fil-rsu";
    private static final String OTHER_THREAD = "fil-concours";
    private static final String R62 = "person-referent-62";
    private static final String R80 = "person-referent-80";
    private static final String MODERATOR = "person-officer-59";

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    private ForumReadModel model;

    @BeforeEach
    void emptyDatabase() {
        model = ForumReadModel.on(mongo.freshDatabase());
    }

    private void start(String threadId, String title, String author) {
        model.log.by(author).feed(new ThreadStartedEvent(threadId, HDF, SPACE, title, author, null),
                                  new PostWrittenEvent(threadId, threadId + "-1", author, "Premier message de " + title, null, null));
    }

    private ThreadView thread(String threadId) {
        return model.threads.handle(new FindForumThreadQuery(threadId)).orElseThrow();
    }

    @Test
    void aThreadShowsItsPostsInTheOrderWritten() {
        start(THREAD, "Collecte des RSU", R62);
        model.log.feed(new PostWrittenEvent(THREAD, "p-2", R80, "Merci !", THREAD + "-1", THREAD + "-1"));

        ThreadView thread = thread(THREAD);
        assertThat(thread.title()).isEqualTo("Collecte des RSU");
        assertThat(thread.posts()).extracting(PostView::postId).containsExactly(THREAD + "-1", "p-2");
        assertThat(thread.posts().get(1).replyToPostId()).isEqualTo(THREAD + "-1");
        assertThat(thread.posts().get(1).quotedPostId()).isEqualTo(THREAD + "-1");
        assertThat(thread.position()).isEqualTo(3);
    }

    @Test
    void anEditedPostKeepsEveryVersion() {
        start(THREAD, "Collecte des RSU", R62);
        model.log.feed(new PostEditedEvent(THREAD, THREAD + "-1", 2, "Version corrigée", R62),
                       new PostEditedEvent(THREAD, THREAD + "-1", 3, "Version finale", MODERATOR));

        PostView post = thread(THREAD).posts().get(0);
        assertThat(post.text()).isEqualTo("Version finale");
        assertThat(post.edited()).isTrue();
        assertThat(post.versions()).extracting(PostVersionView::version, PostVersionView::text, PostVersionView::editorId)
                                   .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Premier message de Collecte des RSU", R62),
                                                    org.assertj.core.groups.Tuple.tuple(2, "Version corrigée", R62),
                                                    org.assertj.core.groups.Tuple.tuple(3, "Version finale", MODERATOR));
    }

    @Test
    void aDeletedPostLosesItsTextAndHistoryButStaysInItsPlace() {
        start(THREAD, "Collecte des RSU", R62);
        model.log.feed(new PostEditedEvent(THREAD, THREAD + "-1", 2, "Texte à retirer", R62),
                       new ReactionAddedEvent(THREAD, THREAD + "-1", R80, Reaction.LIKE),
                       new PostWrittenEvent(THREAD, "p-2", R80, "Une réponse", null, null),
                       new PostDeletedEvent(THREAD, THREAD + "-1", MODERATOR));

        ThreadView thread = thread(THREAD);
        PostView deleted = thread.posts().get(0);
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.text()).isNull();
        assertThat(deleted.versions()).isEmpty();
        assertThat(deleted.reactions()).isEmpty();
        assertThat(deleted.deletedBy()).isEqualTo(MODERATOR);
        assertThat(thread.posts()).hasSize(2);
        assertThat(thread.summary().postCount()).isEqualTo(1);
        assertThat(model.log.position()).isGreaterThan(0);
    }

    @Test
    void anErasedPersonsPostsLoseTheirTextAndHistoryOthersStay() {
        start(THREAD, "Collecte des RSU", R62);
        model.log.feed(new PostEditedEvent(THREAD, THREAD + "-1", 2, "Texte corrigé de R62", R62),
                       new ReactionAddedEvent(THREAD, THREAD + "-1", R80, Reaction.THANKS),
                       new PostWrittenEvent(THREAD, "p-2", R80, "Réponse de R80", null, THREAD + "-1"),
                       new PostWrittenEvent(THREAD, "p-3", R62, "Encore R62", null, null));
        start(OTHER_THREAD, "Données des concours", R80);

        model.log.feed(new fr.entente.cooperation.api.PersonErasedEvent(HDF, R62));
        model.log.redeliverAll();

        ThreadView thread = thread(THREAD);
        assertThat(thread.title()).isEqualTo("Collecte des RSU");
        assertThat(thread.posts()).extracting(PostView::postId).containsExactly(THREAD + "-1", "p-2", "p-3");
        for (PostView erased : List.of(thread.posts().get(0), thread.posts().get(2))) {
            assertThat(erased.erased()).isTrue();
            assertThat(erased.deleted()).isTrue();
            assertThat(erased.text()).isNull();
            assertThat(erased.versions()).isEmpty();
            assertThat(erased.deletedBy()).isNull();
        }
        assertThat(thread.posts().get(0).reactions()).isEqualTo(Map.of(Reaction.THANKS, List.of(R80)));
        assertThat(thread.posts().get(1).text()).isEqualTo("Réponse de R80");
        assertThat(thread.posts().get(1).erased()).isFalse();
        assertThat(thread(OTHER_THREAD).posts().get(0).text()).isEqualTo("Premier message de Données des concours");
    }

    @Test
    void reactionsListThePeopleByReaction() {
        start(THREAD, "Collecte des RSU", R62);
        model.log.feed(new ReactionAddedEvent(THREAD, THREAD + "-1", R80, Reaction.THANKS),
                       new ReactionAddedEvent(THREAD, THREAD + "-1", MODERATOR, Reaction.THANKS),
                       new ReactionAddedEvent(THREAD, THREAD + "-1", R80, Reaction.IDEA),
                       new ReactionWithdrawnEvent(THREAD, THREAD + "-1", R80, Reaction.IDEA));

        assertThat(thread(THREAD).posts().get(0).reactions()).isEqualTo(Map.of(Reaction.THANKS, List.of(R80, MODERATOR)));
    }

    @Test
    void aSpaceListsPinnedThreadsFirstThenTheMostRecentlyActive() {
        start(THREAD, "Collecte des RSU", R62);
        start(OTHER_THREAD, "Données des concours", R80);
        start("fil-3", "Enquête flash", R62);
        model.log.feed(new PostWrittenEvent(THREAD, "p-2", R80, "Relance", null, null),
                       new ThreadPinnedEvent(OTHER_THREAD, MODERATOR));

        assertThat(model.threads.handle(new FindSpaceThreadsQuery(SPACE))).extracting(ThreadSummary::threadId)
                                                                           .containsExactly(OTHER_THREAD, THREAD, "fil-3");
        ThreadSummary rsu = model.threads.handle(new FindSpaceThreadsQuery(SPACE)).get(1);
        assertThat(rsu.postCount()).isEqualTo(2);
        assertThat(rsu.lastAuthorId()).isEqualTo(R80);
    }

    @Test
    void lockingAndMovingChangeTheThreadAndBothLists() {
        start(THREAD, "Collecte des RSU", R62);
        model.log.feed(new ThreadLockedEvent(THREAD, MODERATOR),
                       new ThreadMovedEvent(THREAD, HDF, SPACE, OTHER_SPACE, MODERATOR));

        assertThat(thread(THREAD).locked()).isTrue();
        assertThat(thread(THREAD).spaceId()).isEqualTo(OTHER_SPACE);
        assertThat(model.threads.handle(new FindSpaceThreadsQuery(SPACE))).isEmpty();
        assertThat(model.threads.handle(new FindSpaceThreadsQuery(OTHER_SPACE))).extracting(ThreadSummary::threadId)
                                                                                 .containsExactly(THREAD);
        assertThat(model.published(LiveTopics.forumSpace(HDF, SPACE))).last().extracting(LiveUpdate::position)
                                                                      .isEqualTo(model.log.position());
        assertThat(model.published(LiveTopics.forumSpace(HDF, OTHER_SPACE))).last().extracting(LiveUpdate::position)
                                                                            .isEqualTo(model.log.position());
    }

    @Test
    void eachChangeIsPublishedOnTheThreadsTopicWithWhatChanged() {
        start(THREAD, "Collecte des RSU", R62);
        model.log.feed(new PostWrittenEvent(THREAD, "p-2", R80, "Merci", null, null),
                       new PostEditedEvent(THREAD, "p-2", 2, "Merci beaucoup", R80));

        assertThat(model.published(LiveTopics.forumThread(HDF, THREAD)))
                .extracting(LiveUpdate::position, LiveUpdate::changes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, List.of("thread")),
                                 org.assertj.core.groups.Tuple.tuple(2L, List.of("posts", "post:" + THREAD + "-1")),
                                 org.assertj.core.groups.Tuple.tuple(3L, List.of("posts", "post:p-2")),
                                 org.assertj.core.groups.Tuple.tuple(4L, List.of("post:p-2")));
    }

    @Test
    void anEventDeliveredTwiceChangesNothing() {
        start(THREAD, "Collecte des RSU", R62);
        model.log.feed(new PostWrittenEvent(THREAD, "p-2", R80, "Merci", null, null),
                       new PostEditedEvent(THREAD, "p-2", 2, "Merci beaucoup", R80));
        ThreadView before = thread(THREAD);

        model.log.redeliverAll();

        ThreadView after = thread(THREAD);
        assertThat(after.posts()).hasSize(2);
        assertThat(after.posts().get(1).versions()).hasSize(2);
        assertThat(after.position()).isEqualTo(before.position());
    }

    @Test
    void aReplayStartsFromNoThreads() {
        start(THREAD, "Collecte des RSU", R62);
        model.log.reset();

        assertThat(model.threads.handle(new FindForumThreadQuery(THREAD))).isEmpty();
    }
}
