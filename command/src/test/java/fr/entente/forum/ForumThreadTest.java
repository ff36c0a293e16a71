package fr.entente.forum;

import fr.entente.forum.api.*;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.forum.ObservatoryForum.*;

/** A thread and its posts: who writes, edits, deletes, reacts, and what moderators do. */
class ForumThreadTest {

    private static final String REPLY_POST = "post-2";
    private static final String REPLY = "Merci, je relaie auprès des collectivités du Pas-de-Calais.";
    private static final PostWrittenEvent REPLIED = new PostWrittenEvent(THREAD_ID, REPLY_POST, REFERENT_80, REPLY,
                                                                         FIRST_POST, null);

    private final FixtureConfiguration<ForumThread> fixture = threadFixture();

    @Test
    void aMemberStartsAThreadWithItsFirstPost() {
        fixture.givenNoPriorActivity()
               .when(new StartThreadCommand(THREAD_ID, COOPERATION_ID, SPACE_ID, FIRST_POST, TITLE, TEXT, null, Mentions.NONE),
                     AS_REFERENT_62)
               .expectEvents(STARTED, FIRST);
    }

    @Test
    void aThreadLinksToAMeetingOfTheCooperation() {
        fixture.givenNoPriorActivity()
               .when(new StartThreadCommand(THREAD_ID, COOPERATION_ID, SPACE_ID, FIRST_POST, TITLE, TEXT, MEETING_ID, Mentions.NONE),
                     AS_REFERENT_62)
               .expectEvents(new ThreadStartedEvent(THREAD_ID, COOPERATION_ID, SPACE_ID, TITLE, REFERENT_62, MEETING_ID),
                             FIRST);
    }

    @Test
    void aMeetingOfAnotherCooperationIsNotLinked() {
        fixture.givenNoPriorActivity()
               .when(new StartThreadCommand(THREAD_ID, COOPERATION_ID, SPACE_ID, FIRST_POST, TITLE, TEXT, "reunion-bzh", Mentions.NONE),
                     AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.MEETING_NOT_IN_COOPERATION, "meetingId"));
    }

    @Test
    void aThreadLinksToADecisionOfTheCooperation() {
        fixture.givenNoPriorActivity()
               .when(new StartThreadCommand(THREAD_ID, COOPERATION_ID, SPACE_ID, FIRST_POST, TITLE, TEXT, MEETING_ID,
                                            DECISION_ID, Mentions.NONE),
                     AS_REFERENT_62)
               .expectEvents(new ThreadStartedEvent(THREAD_ID, COOPERATION_ID, SPACE_ID, TITLE, REFERENT_62, MEETING_ID,
                                                    DECISION_ID),
                             FIRST);
    }

    @Test
    void aDecisionOfAnotherCooperationIsNotLinked() {
        fixture.givenNoPriorActivity()
               .when(new StartThreadCommand(THREAD_ID, COOPERATION_ID, SPACE_ID, FIRST_POST, TITLE, TEXT, null,
                                            "decision-bzh", Mentions.NONE),
                     AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.DECISION_NOT_IN_COOPERATION, "decisionId"));
    }

    @Test
    void someoneOutsideTheSpaceIsToldItDoesNotExist() {
        fixture.givenNoPriorActivity()
               .when(new StartThreadCommand(THREAD_ID, COOPERATION_ID, SPACE_ID, FIRST_POST, TITLE, TEXT, null, Mentions.NONE),
                     AS_DIRECTOR)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.NOT_FOUND, null));
    }

    @Test
    void aSpaceOfAnotherCooperationIsNotFound() {
        fixture.givenNoPriorActivity()
               .when(new StartThreadCommand(THREAD_ID, COOPERATION_ID, SPACE_ID, FIRST_POST, TITLE, TEXT, null, Mentions.NONE),
                     AS_BRETON)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.NOT_FOUND, null));
    }

    @Test
    void aThreadOfAnotherCooperationIsNotFoundEitherWhenWrittenTo() {
        fixture.given(startedThen())
               .when(new WritePostCommand(THREAD_ID, REPLY_POST, "Bonjour", null, null, Mentions.NONE), AS_BRETON)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.NOT_FOUND, null));
    }

    @Test
    void anEmptyPostIsRefused() {
        fixture.given(startedThen())
               .when(new WritePostCommand(THREAD_ID, REPLY_POST, "  \n ", null, null, Mentions.NONE), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.TEXT_REQUIRED, "text"));
    }

    @Test
    void aPostOverTheLimitIsRefused() {
        fixture.given(startedThen())
               .when(new WritePostCommand(THREAD_ID, REPLY_POST, "é".repeat(ForumLimits.POST + 1), null, null, Mentions.NONE),
                     AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.TEXT_TOO_LONG, "text"));
    }

    @Test
    void aPostAtTheLimitIsWritten() {
        String longest = "a".repeat(ForumLimits.POST);
        fixture.given(startedThen())
               .when(new WritePostCommand(THREAD_ID, REPLY_POST, longest, null, null, Mentions.NONE), AS_REFERENT_80)
               .expectEvents(new PostWrittenEvent(THREAD_ID, REPLY_POST, REFERENT_80, longest, null, null));
    }

    @Test
    void aTitleWithMarkupIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new StartThreadCommand(THREAD_ID, COOPERATION_ID, SPACE_ID, FIRST_POST,
                                            "<script>alert(1)</script>", TEXT, null, Mentions.NONE), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.TITLE_MARKUP, "title"));
    }

    @Test
    void anEmptyTitleIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new StartThreadCommand(THREAD_ID, COOPERATION_ID, SPACE_ID, FIRST_POST, " ", TEXT, null, Mentions.NONE),
                     AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.TITLE_REQUIRED, "title"));
    }

    @Test
    void htmlInAPostIsKeptAsTypedForThePagesToEscape() {
        String html = "<script>alert('x')</script> <img src=x onerror=alert(1)>";
        fixture.given(startedThen())
               .when(new WritePostCommand(THREAD_ID, REPLY_POST, html, null, null, Mentions.NONE), AS_REFERENT_80)
               .expectEvents(new PostWrittenEvent(THREAD_ID, REPLY_POST, REFERENT_80, html, null, null));
    }

    @Test
    void aReplyNamesThePostItAnswersAndTheOneItQuotes() {
        fixture.given(startedThen())
               .when(new WritePostCommand(THREAD_ID, REPLY_POST, REPLY, FIRST_POST, FIRST_POST, Mentions.NONE), AS_REFERENT_80)
               .expectEvents(new PostWrittenEvent(THREAD_ID, REPLY_POST, REFERENT_80, REPLY, FIRST_POST, FIRST_POST));
    }

    @Test
    void aReplyToAPostOfNoThreadIsRefused() {
        fixture.given(startedThen())
               .when(new WritePostCommand(THREAD_ID, REPLY_POST, REPLY, "post-elsewhere", null, Mentions.NONE), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.POST_UNKNOWN, "replyToPostId"));
    }

    @Test
    void aDeletedPostIsNotQuoted() {
        fixture.given(startedThen(new PostDeletedEvent(THREAD_ID, FIRST_POST, REFERENT_62)))
               .when(new WritePostCommand(THREAD_ID, REPLY_POST, REPLY, null, FIRST_POST, Mentions.NONE), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.POST_DELETED, "quotedPostId"));
    }

    @Test
    void aPostIdentifierIsUsedOnce() {
        fixture.given(startedThen())
               .when(new WritePostCommand(THREAD_ID, FIRST_POST, REPLY, null, null, Mentions.NONE), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.POST_ID_TAKEN, "postId"));
    }

    @Test
    void nobodyWritesInALockedThread() {
        fixture.given(startedThen(new ThreadLockedEvent(THREAD_ID, MODERATOR)))
               .when(new WritePostCommand(THREAD_ID, REPLY_POST, REPLY, null, null, Mentions.NONE), AS_MODERATOR)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.THREAD_LOCKED, null));
    }

    @Test
    void nobodyEditsInALockedThread() {
        fixture.given(startedThen(new ThreadLockedEvent(THREAD_ID, MODERATOR)))
               .when(new EditPostCommand(THREAD_ID, FIRST_POST, "Corrigé"), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.THREAD_LOCKED, null));
    }

    @Test
    void anUnlockedThreadTakesPostsAgain() {
        fixture.given(startedThen(new ThreadLockedEvent(THREAD_ID, MODERATOR), new ThreadUnlockedEvent(THREAD_ID, MODERATOR)))
               .when(new WritePostCommand(THREAD_ID, REPLY_POST, REPLY, FIRST_POST, null, Mentions.NONE), AS_REFERENT_80)
               .expectEvents(REPLIED);
    }

    @Test
    void theAuthorEditsTheirPostIntoItsNextVersion() {
        fixture.given(startedThen())
               .when(new EditPostCommand(THREAD_ID, FIRST_POST, "La collecte ouvre le 3 février."), AS_REFERENT_62)
               .expectEvents(new PostEditedEvent(THREAD_ID, FIRST_POST, 2, "La collecte ouvre le 3 février.", REFERENT_62));
    }

    @Test
    void eachEditMakesTheNextVersion() {
        fixture.given(startedThen(new PostEditedEvent(THREAD_ID, FIRST_POST, 2, "v2", REFERENT_62)))
               .when(new EditPostCommand(THREAD_ID, FIRST_POST, "v3"), AS_REFERENT_62)
               .expectEvents(new PostEditedEvent(THREAD_ID, FIRST_POST, 3, "v3", REFERENT_62));
    }

    @Test
    void aMemberDoesNotEditSomeoneElsesPost() {
        fixture.given(startedThen())
               .when(new EditPostCommand(THREAD_ID, FIRST_POST, "Réécrit"), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.AUTHOR_OR_MODERATOR_REQUIRED, null));
    }

    @Test
    void aModeratorEditsSomeoneElsesPost() {
        fixture.given(startedThen())
               .when(new EditPostCommand(THREAD_ID, FIRST_POST, "Coordonnées retirées."), AS_MODERATOR)
               .expectEvents(new PostEditedEvent(THREAD_ID, FIRST_POST, 2, "Coordonnées retirées.", MODERATOR));
    }

    @Test
    void anEditIsCheckedLikeAPost() {
        fixture.given(startedThen())
               .when(new EditPostCommand(THREAD_ID, FIRST_POST, ""), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.TEXT_REQUIRED, "text"));
    }

    @Test
    void theAuthorDeletesTheirPost() {
        fixture.given(startedThen())
               .when(new DeletePostCommand(THREAD_ID, FIRST_POST), AS_REFERENT_62)
               .expectEvents(new PostDeletedEvent(THREAD_ID, FIRST_POST, REFERENT_62));
    }

    @Test
    void aModeratorDeletesSomeoneElsesPost() {
        fixture.given(startedThen(REPLIED))
               .when(new DeletePostCommand(THREAD_ID, REPLY_POST), AS_MODERATOR)
               .expectEvents(new PostDeletedEvent(THREAD_ID, REPLY_POST, MODERATOR));
    }

    @Test
    void aMemberDoesNotDeleteSomeoneElsesPost() {
        fixture.given(startedThen(REPLIED))
               .when(new DeletePostCommand(THREAD_ID, FIRST_POST), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.AUTHOR_OR_MODERATOR_REQUIRED, null));
    }

    @Test
    void aDeletedPostIsNeitherEditedNorDeletedAgain() {
        fixture.given(startedThen(new PostDeletedEvent(THREAD_ID, FIRST_POST, REFERENT_62)))
               .when(new EditPostCommand(THREAD_ID, FIRST_POST, "Revenu"), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.POST_DELETED, "postId"));
    }

    @Test
    void anUnknownPostIsNotFound() {
        fixture.given(startedThen())
               .when(new DeletePostCommand(THREAD_ID, "post-x"), AS_MODERATOR)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.POST_UNKNOWN, "postId"));
    }

    @Test
    void aModeratorPinsAndLocks() {
        fixture.given(startedThen())
               .when(new PinThreadCommand(THREAD_ID, true), AS_MODERATOR)
               .expectEvents(new ThreadPinnedEvent(THREAD_ID, MODERATOR));
    }

    @Test
    void pinningAPinnedThreadChangesNothing() {
        fixture.given(startedThen(new ThreadPinnedEvent(THREAD_ID, MODERATOR)))
               .when(new PinThreadCommand(THREAD_ID, true), AS_MODERATOR)
               .expectNoEvents()
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void aModeratorLocksAThread() {
        fixture.given(startedThen())
               .when(new LockThreadCommand(THREAD_ID, true), AS_MODERATOR)
               .expectEvents(new ThreadLockedEvent(THREAD_ID, MODERATOR));
    }

    @Test
    void aMemberNeitherPinsNorLocksNorMoves() {
        fixture.given(startedThen())
               .when(new LockThreadCommand(THREAD_ID, true), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.MODERATOR_REQUIRED, null));
        threadFixture().given(startedThen())
                       .when(new PinThreadCommand(THREAD_ID, true), AS_REFERENT_80)
                       .expectException(ruleViolation(ForumRefusal.MODERATOR_REQUIRED, null));
        threadFixture().given(startedThen())
                       .when(new MoveThreadCommand(THREAD_ID, THEME_SPACE_ID), AS_REFERENT_62)
                       .expectException(ruleViolation(ForumRefusal.MODERATOR_REQUIRED, null));
    }

    @Test
    void aModeratorMovesAThreadToAnotherSpaceTheyAreIn() {
        fixture.given(startedThen())
               .when(new MoveThreadCommand(THREAD_ID, THEME_SPACE_ID), AS_MODERATOR)
               .expectEvents(new ThreadMovedEvent(THREAD_ID, COOPERATION_ID, SPACE_ID, THEME_SPACE_ID, MODERATOR));
    }

    @Test
    void aThreadIsNotMovedToASpaceTheModeratorIsNotIn() {
        fixture.given(startedThen())
               .when(new MoveThreadCommand(THREAD_ID, "espace-codir"), AS_MODERATOR)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.TARGET_SPACE_UNKNOWN, "toSpaceId"));
    }

    @Test
    void aThreadIsNotMovedWhereItIs() {
        fixture.given(startedThen())
               .when(new MoveThreadCommand(THREAD_ID, SPACE_ID), AS_MODERATOR)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.SAME_SPACE, "toSpaceId"));
    }

    @Test
    void aMovedThreadIsActedOnByTheMembersOfItsNewSpace() {
        fixture.given(startedThen(new ThreadMovedEvent(THREAD_ID, COOPERATION_ID, SPACE_ID, THEME_SPACE_ID, MODERATOR)))
               .when(new WritePostCommand(THREAD_ID, REPLY_POST, REPLY, null, null, Mentions.NONE), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.NOT_FOUND, null));
    }

    @Test
    void aMemberReactsOncePerReaction() {
        fixture.given(startedThen())
               .when(new ReactToPostCommand(THREAD_ID, FIRST_POST, Reaction.THANKS), AS_REFERENT_80)
               .expectEvents(new ReactionAddedEvent(THREAD_ID, FIRST_POST, REFERENT_80, Reaction.THANKS));
        threadFixture().given(startedThen(new ReactionAddedEvent(THREAD_ID, FIRST_POST, REFERENT_80, Reaction.THANKS)))
                       .when(new ReactToPostCommand(THREAD_ID, FIRST_POST, Reaction.THANKS), AS_REFERENT_80)
                       .expectNoEvents();
    }

    @Test
    void aMemberWithdrawsTheirReaction() {
        fixture.given(startedThen(new ReactionAddedEvent(THREAD_ID, FIRST_POST, REFERENT_80, Reaction.IDEA)))
               .when(new WithdrawReactionCommand(THREAD_ID, FIRST_POST, Reaction.IDEA), AS_REFERENT_80)
               .expectEvents(new ReactionWithdrawnEvent(THREAD_ID, FIRST_POST, REFERENT_80, Reaction.IDEA));
    }

    @Test
    void aReactionNamesOneOfTheSet() {
        fixture.given(startedThen())
               .when(new ReactToPostCommand(THREAD_ID, FIRST_POST, null), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.REACTION_REQUIRED, "reaction"));
    }

    @Test
    void aMentionOfMembersFollowsThePost() {
        fixture.given(startedThen())
               .when(new WritePostCommand(THREAD_ID, REPLY_POST, "@referent.62 tu confirmes ?", null, null,
                                          new Mentions(java.util.List.of(REFERENT_62), false)), AS_REFERENT_80)
               .expectEvents(new PostWrittenEvent(THREAD_ID, REPLY_POST, REFERENT_80, "@referent.62 tu confirmes ?", null, null),
                             new MembersMentionedEvent(THREAD_ID, REPLY_POST, java.util.List.of(REFERENT_62), false));
    }

    @Test
    void aMentionOfSomeoneOutsideTheSpaceIsDroppedWithoutAWord() {
        fixture.given(startedThen())
               .when(new WritePostCommand(THREAD_ID, REPLY_POST, "@directeur.02 ?", null, null,
                                          new Mentions(java.util.List.of(DIRECTOR, BRETON), false)), AS_REFERENT_80)
               .expectEvents(new PostWrittenEvent(THREAD_ID, REPLY_POST, REFERENT_80, "@directeur.02 ?", null, null));
    }

    @Test
    void aMentionOfTheWholeSpaceIsKept() {
        fixture.given(startedThen())
               .when(new WritePostCommand(THREAD_ID, REPLY_POST, "@espace réunion jeudi", null, null,
                                          new Mentions(java.util.List.of(), true)), AS_MODERATOR)
               .expectEvents(new PostWrittenEvent(THREAD_ID, REPLY_POST, MODERATOR, "@espace réunion jeudi", null, null),
                             new MembersMentionedEvent(THREAD_ID, REPLY_POST, java.util.List.of(), true));
    }

    @Test
    void aMemberFollowsAndUnfollowsAThread() {
        fixture.given(startedThen())
               .when(new FollowThreadCommand(THREAD_ID, true), AS_REFERENT_80)
               .expectEvents(new ThreadFollowedEvent(THREAD_ID, REFERENT_80));
        threadFixture().given(startedThen())
                       .when(new FollowThreadCommand(THREAD_ID, false), AS_REFERENT_62)
                       .expectEvents(new ThreadUnfollowedEvent(THREAD_ID, REFERENT_62));
    }

    @Test
    void theAuthorAndThoseWhoReplyFollowAlready() {
        fixture.given(startedThen(REPLIED))
               .when(new FollowThreadCommand(THREAD_ID, true), AS_REFERENT_80)
               .expectNoEvents()
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void someoneOutsideTheSpaceFollowsNothing() {
        fixture.given(startedThen())
               .when(new FollowThreadCommand(THREAD_ID, true), AS_DIRECTOR)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.NOT_FOUND, null));
    }
}
