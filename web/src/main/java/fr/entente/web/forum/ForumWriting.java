package fr.entente.web.forum;

import fr.entente.forum.api.*;
import org.springframework.stereotype.Component;

/**
 * What members write in the forum and what moderators do, for the API and the pages alike: each is one command sent
 * as the signed-in person; the aggregate decides whether they may (404 for anyone outside the space, 403 for a member
 * without the role, 409 in a locked thread, 422 for a text refused), and nothing is stored when it refuses. The hub
 * chooses the identifiers of threads and posts.
 */
@Component
public class ForumWriting {

    private final ForumCommands commands;
    private final ForumAccess access;
    private final ForumMentions mentions;

    ForumWriting(ForumCommands commands, ForumAccess access, ForumMentions mentions) {
        this.commands = commands;
        this.access = access;
        this.mentions = mentions;
    }

    public ForumResults.ThreadStarted start(String cooperationId, String spaceId, ForumRequests.NewThread request) {
        String threadId = ForumCommands.newId();
        String postId = ForumCommands.newId();
        Mentions mentioned = access.spaceSeenBy(access.personId(), cooperationId, spaceId)
                                   .map(seen -> mentions.in(request.text(), seen.space())).orElse(Mentions.NONE);
        commands.send(cooperationId, new StartThreadCommand(threadId, cooperationId, spaceId, postId, request.title(),
                                                            request.text(), blankToNull(request.meetingId()),
                                                            blankToNull(request.decisionId()), mentioned));
        return new ForumResults.ThreadStarted(threadId, postId, spaceId, request.title() == null ? null : request.title().strip());
    }

    public ForumResults.PostWritten write(String cooperationId, String threadId, ForumRequests.NewPost request) {
        String postId = ForumCommands.newId();
        Mentions mentioned = access.threadSeenBy(access.personId(), cooperationId, threadId)
                                   .map(seen -> mentions.in(request.text(), seen.space().space())).orElse(Mentions.NONE);
        commands.send(cooperationId, new WritePostCommand(threadId, postId, request.text(),
                                                          blankToNull(request.replyToPostId()),
                                                          blankToNull(request.quotedPostId()), mentioned));
        return new ForumResults.PostWritten(threadId, postId);
    }

    public void edit(String cooperationId, String threadId, String postId, ForumRequests.PostEdit request) {
        commands.send(cooperationId, new EditPostCommand(threadId, postId, request.text()));
    }

    public void delete(String cooperationId, String threadId, String postId) {
        commands.send(cooperationId, new DeletePostCommand(threadId, postId));
    }

    /** The signed-in person follows the thread (told of its new posts), or stops. */
    public void follow(String cooperationId, String threadId, boolean following) {
        commands.send(cooperationId, new FollowThreadCommand(threadId, following));
    }

    public void pin(String cooperationId, String threadId, boolean pinned) {
        commands.send(cooperationId, new PinThreadCommand(threadId, pinned));
    }

    public void lock(String cooperationId, String threadId, boolean locked) {
        commands.send(cooperationId, new LockThreadCommand(threadId, locked));
    }

    public void move(String cooperationId, String threadId, String toSpaceId) {
        commands.send(cooperationId, new MoveThreadCommand(threadId, toSpaceId));
    }

    public void react(String cooperationId, String threadId, String postId, Reaction reaction, boolean add) {
        commands.send(cooperationId, add ? new ReactToPostCommand(threadId, postId, reaction)
                                         : new WithdrawReactionCommand(threadId, postId, reaction));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
