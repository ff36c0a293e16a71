package fr.entente.web.forum;

import fr.entente.forum.api.Reaction;
import fr.entente.forum.api.SpaceKind;
import fr.entente.forum.api.SpaceRole;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the forum's API answers and its pages show. Names are resolved at reading time (the log keeps identifiers);
 * {@code html} is the Markdown rendered and cleaned by the sanitizer, safe to insert anywhere; {@code text} is the
 * Markdown as written, for an edit form or an API client.
 */
public final class ForumResults {

    private ForumResults() {
    }

    public record Space(String spaceId, SpaceKind kind, String bodyId, String title, String description,
                       SpaceRole yourRole, int memberCount) {
    }

    public record Member(String personId, String name, SpaceRole role) {
    }

    public record SpaceDetail(Space space, List<Member> members, List<ThreadLine> threads, long position) {
    }

    /** A thread in its space's list; {@code unread}: posts by others since the reader last opened it. */
    public record ThreadLine(String threadId, String title, String authorId, String authorName, Instant startedAt,
                             Instant lastActivityAt, String lastAuthorName, int postCount, boolean pinned,
                             boolean locked, boolean unread) {
    }

    public record MeetingLink(String meetingId, String title, LocalDate date) {
    }

    /** A thread about a decision, as the decision's page lists it: its title and its space's. */
    public record DecisionThread(String threadId, String title, String spaceTitle, int postCount) {
    }

    /** A decision a thread is about: its question, and its number in the register once it has one. */
    public record DecisionLink(String decisionId, String question, String reference) {
    }

    public record Quote(String postId, String authorName, boolean deleted, String html) {
    }

    /** One reaction of the fixed set on a post: how many, whether the reader is one of them, who. */
    public record ReactionCount(Reaction reaction, int count, boolean yours, List<String> names) {
    }

    public record Version(int version, String editorName, Instant at, String text, String html) {
    }

    /** {@code erased}: deleted because its author was erased from the hub (the read models keep no text of theirs). */
    public record Post(String postId, String authorId, String authorName, Instant writtenAt, String text, String html,
                       boolean deleted, boolean erased, String deletedByName, Instant deletedAt, boolean edited, Instant lastEditedAt,
                       String replyToPostId, String replyToAuthorName, Quote quote, List<ReactionCount> reactions,
                       List<Version> versions, boolean mayEdit, boolean mayDelete, boolean unread, long position) {
    }

    public record Thread(String threadId, Space space, String title, String authorId, String authorName,
                         Instant startedAt, MeetingLink meeting, DecisionLink decision, boolean pinned, boolean locked, List<Post> posts,
                         List<Space> moveTargets, boolean following, long position) {

        /** Whether the signed-in person may write in it now. */
        public boolean open() {
            return !locked;
        }
    }

    public record ThreadStarted(String threadId, String postId, String spaceId, String title) {
    }

    public record PostWritten(String threadId, String postId) {
    }

    public record SpaceCreated(String spaceId, String title) {
    }

    public static Map<Reaction, String> emoji() {
        return Map.of(Reaction.LIKE, "👍", Reaction.THANKS, "🙏", Reaction.AGREED, "✅", Reaction.IDEA, "💡",
                      Reaction.QUESTION, "❓");
    }
}
