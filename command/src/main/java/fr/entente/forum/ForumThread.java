package fr.entente.forum;

import fr.entente.common.Required;
import fr.entente.forum.api.*;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static fr.entente.forum.api.ForumRefusedException.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A thread of a forum space and its posts: one consistency boundary, so that a lock, an edit and a deletion are
 * decided against the thread as it is. Every handler first asks who acts ({@link SpaceRoster}: a member of the
 * thread's space, of the thread's cooperation; anyone else is told the thread does not exist), then checks the rule.
 * Members write, reply, quote, mention, react and follow; a post's author or a moderator edits or deletes it;
 * moderators pin, lock and move. A locked thread takes no new post and no edit until a moderator unlocks it.
 */
@Aggregate
public class ForumThread {

    @AggregateIdentifier
    private String threadId;
    private String cooperationId;
    private String spaceId;
    private boolean pinned;
    private boolean locked;
    private final ThreadPosts posts = new ThreadPosts();
    /** Who follows the thread: its author, those who reply, those who chose to; less those who stopped. */
    private final Set<String> followers = new HashSet<>();

    protected ForumThread() {
        // for Axon
    }

    @CommandHandler
    public ForumThread(StartThreadCommand command, MetaData metaData, SpaceRoster roster, ForumDirectory directory) {
        String cooperation = Required.id(command.cooperationId(), () -> refused(ForumRefusal.COOPERATION_ID_REQUIRED));
        String space = Required.id(command.spaceId(), () -> refused(ForumRefusal.SPACE_ID_REQUIRED));
        String author = member(ForumActor.of(metaData, cooperation), roster, cooperation, space);
        String id = Required.id(command.threadId(), () -> refused(ForumRefusal.THREAD_ID_REQUIRED));
        String postId = Required.id(command.postId(), () -> refused(ForumRefusal.POST_ID_REQUIRED));
        String title = ForumTexts.title(command.title());
        String text = ForumTexts.post(command.text());
        String meetingId = Required.optional(command.meetingId());
        if (meetingId != null && !directory.hasMeeting(cooperation, meetingId)) {
            throw refused(ForumRefusal.MEETING_NOT_IN_COOPERATION);
        }
        String decisionId = Required.optional(command.decisionId());
        if (decisionId != null && !directory.hasDecision(cooperation, decisionId)) {
            throw refused(ForumRefusal.DECISION_NOT_IN_COOPERATION);
        }
        apply(new ThreadStartedEvent(id, cooperation, space, title, author, meetingId, decisionId));
        apply(new PostWrittenEvent(id, postId, author, text, null, null));
        mentionMembers(id, postId, command.mentions(), roster, cooperation, space);
    }

    @CommandHandler
    public void handle(WritePostCommand command, MetaData metaData, SpaceRoster roster) {
        String author = member(metaData, roster);
        String postId = Required.id(command.postId(), () -> refused(ForumRefusal.POST_ID_REQUIRED));
        String text = ForumTexts.post(command.text());
        open();
        posts.unused(postId);
        apply(new PostWrittenEvent(threadId, postId, author, text, posts.reference(command.replyToPostId(), "replyToPostId"),
                                   posts.reference(command.quotedPostId(), "quotedPostId")));
        mentionMembers(threadId, postId, command.mentions(), roster, cooperationId, spaceId);
    }

    @CommandHandler
    public void handle(FollowThreadCommand command, MetaData metaData, SpaceRoster roster) {
        String person = member(metaData, roster);
        if (command.following() && !followers.contains(person)) {
            apply(new ThreadFollowedEvent(threadId, person));
        } else if (!command.following() && followers.contains(person)) {
            apply(new ThreadUnfollowedEvent(threadId, person));
        }
    }

    /**
     * The mentions of a post, kept to the members of the space: a person outside it is dropped without a word, so
     * that nothing tells the writer whether they exist. Nothing is applied when nobody is left.
     */
    private static void mentionMembers(String threadId, String postId, Mentions mentions, SpaceRoster roster,
                                       String cooperationId, String spaceId) {
        if (mentions == null || mentions.none()) {
            return;
        }
        List<String> members = mentions.personIds().stream().distinct()
                                       .filter(person -> roster.roleOf(cooperationId, spaceId, person).isPresent())
                                       .toList();
        if (!members.isEmpty() || mentions.wholeSpace()) {
            apply(new MembersMentionedEvent(threadId, postId, members, mentions.wholeSpace()));
        }
    }

    @CommandHandler
    public void handle(EditPostCommand command, MetaData metaData, SpaceRoster roster) {
        String editor = authorOrModerator(metaData, roster, command.postId());
        String text = ForumTexts.post(command.text());
        open();
        ThreadPosts.Post post = posts.live(command.postId());
        apply(new PostEditedEvent(threadId, command.postId(), post.version + 1, text, editor));
    }

    @CommandHandler
    public void handle(DeletePostCommand command, MetaData metaData, SpaceRoster roster) {
        String by = authorOrModerator(metaData, roster, command.postId());
        apply(new PostDeletedEvent(threadId, command.postId(), by));
    }

    @CommandHandler
    public void handle(PinThreadCommand command, MetaData metaData, SpaceRoster roster) {
        String moderator = moderator(metaData, roster);
        if (command.pinned() != pinned) {
            apply(command.pinned() ? new ThreadPinnedEvent(threadId, moderator) : new ThreadUnpinnedEvent(threadId, moderator));
        }
    }

    @CommandHandler
    public void handle(LockThreadCommand command, MetaData metaData, SpaceRoster roster) {
        String moderator = moderator(metaData, roster);
        if (command.locked() != locked) {
            apply(command.locked() ? new ThreadLockedEvent(threadId, moderator) : new ThreadUnlockedEvent(threadId, moderator));
        }
    }

    @CommandHandler
    public void handle(MoveThreadCommand command, MetaData metaData, SpaceRoster roster) {
        String moderator = moderator(metaData, roster);
        String target = Required.optional(command.toSpaceId());
        if (target == null || target.equals(spaceId)) {
            throw refused(ForumRefusal.SAME_SPACE);
        }
        if (roster.roleOf(cooperationId, target, moderator).isEmpty()) {
            throw refused(ForumRefusal.TARGET_SPACE_UNKNOWN);
        }
        apply(new ThreadMovedEvent(threadId, cooperationId, spaceId, target, moderator));
    }

    @CommandHandler
    public void handle(ReactToPostCommand command, MetaData metaData, SpaceRoster roster) {
        String person = member(metaData, roster);
        Reaction reaction = Required.value(command.reaction(), () -> refused(ForumRefusal.REACTION_REQUIRED));
        if (!posts.live(command.postId()).reactions.contains(ThreadPosts.reactionKey(person, reaction))) {
            apply(new ReactionAddedEvent(threadId, command.postId(), person, reaction));
        }
    }

    @CommandHandler
    public void handle(WithdrawReactionCommand command, MetaData metaData, SpaceRoster roster) {
        String person = member(metaData, roster);
        Reaction reaction = Required.value(command.reaction(), () -> refused(ForumRefusal.REACTION_REQUIRED));
        if (posts.live(command.postId()).reactions.contains(ThreadPosts.reactionKey(person, reaction))) {
            apply(new ReactionWithdrawnEvent(threadId, command.postId(), person, reaction));
        }
    }

    private String member(MetaData metaData, SpaceRoster roster) {
        return member(ForumActor.of(metaData, cooperationId), roster, cooperationId, spaceId);
    }

    private static String member(ForumActor actor, SpaceRoster roster, String cooperationId, String spaceId) {
        if (roster.roleOf(cooperationId, spaceId, actor.id()).isEmpty()) {
            throw refused(ForumRefusal.NOT_FOUND);
        }
        return actor.id();
    }

    private String moderator(MetaData metaData, SpaceRoster roster) {
        ForumActor actor = ForumActor.of(metaData, cooperationId);
        SpaceRole role = roster.roleOf(cooperationId, spaceId, actor.id()).orElseThrow(() -> refused(ForumRefusal.NOT_FOUND));
        if (role != SpaceRole.MODERATOR) {
            throw refused(ForumRefusal.MODERATOR_REQUIRED);
        }
        return actor.id();
    }

    private String authorOrModerator(MetaData metaData, SpaceRoster roster, String postId) {
        ForumActor actor = ForumActor.of(metaData, cooperationId);
        SpaceRole role = roster.roleOf(cooperationId, spaceId, actor.id()).orElseThrow(() -> refused(ForumRefusal.NOT_FOUND));
        Required.id(postId, () -> refused(ForumRefusal.POST_ID_REQUIRED));
        ThreadPosts.Post post = posts.live(postId);
        if (role != SpaceRole.MODERATOR && !post.authorId.equals(actor.id())) {
            throw refused(ForumRefusal.AUTHOR_OR_MODERATOR_REQUIRED);
        }
        return actor.id();
    }

    private void open() {
        if (locked) {
            throw refused(ForumRefusal.THREAD_LOCKED);
        }
    }

    @EventSourcingHandler
    void on(ThreadStartedEvent event) {
        threadId = event.threadId();
        cooperationId = event.cooperationId();
        spaceId = event.spaceId();
    }

    @EventSourcingHandler
    void on(PostWrittenEvent event) {
        posts.written(event.postId(), event.authorId());
        followers.add(event.authorId());
    }

    @EventSourcingHandler
    void on(ThreadFollowedEvent event) {
        followers.add(event.personId());
    }

    @EventSourcingHandler
    void on(ThreadUnfollowedEvent event) {
        followers.remove(event.personId());
    }

    @EventSourcingHandler
    void on(PostEditedEvent event) {
        posts.edited(event.postId(), event.version());
    }

    @EventSourcingHandler
    void on(PostDeletedEvent event) {
        posts.deleted(event.postId());
    }

    @EventSourcingHandler
    void on(ThreadPinnedEvent event) {
        pinned = true;
    }

    @EventSourcingHandler
    void on(ThreadUnpinnedEvent event) {
        pinned = false;
    }

    @EventSourcingHandler
    void on(ThreadLockedEvent event) {
        locked = true;
    }

    @EventSourcingHandler
    void on(ThreadUnlockedEvent event) {
        locked = false;
    }

    @EventSourcingHandler
    void on(ThreadMovedEvent event) {
        spaceId = event.toSpaceId();
    }

    @EventSourcingHandler
    void on(ReactionAddedEvent event) {
        posts.reacted(event.postId(), event.personId(), event.reaction(), true);
    }

    @EventSourcingHandler
    void on(ReactionWithdrawnEvent event) {
        posts.reacted(event.postId(), event.personId(), event.reaction(), false);
    }
}
