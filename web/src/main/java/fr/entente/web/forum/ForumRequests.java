package fr.entente.web.forum;

import fr.entente.forum.api.ForumLimits;
import fr.entente.forum.api.SpaceRole;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The bodies of the forum's write requests. Unknown fields are refused (400). The texts are checked by the aggregates
 * (a title is required, one line, no markup, at most {@value ForumLimits#TITLE} characters; a post is required and at
 * most {@value ForumLimits#POST} characters of Markdown, HTML in it shown as text), which answer 422 naming the field;
 * the identifiers a client may give are bounded here.
 */
public final class ForumRequests {

    private ForumRequests() {
    }

    /** A thread: its title, its first post in Markdown, and optionally the meeting and the decision it is about. */
    public record NewThread(String title, String text,
                            @Size(max = ForumLimits.ID, message = "{valid.forum.id.size}") String meetingId,
                            @Size(max = ForumLimits.ID, message = "{valid.forum.id.size}") String decisionId) {

        /** A thread about no decision. */
        public NewThread(String title, String text, String meetingId) {
            this(title, text, meetingId, null);
        }
    }

    /** A post in a thread, optionally replying to one of its posts and quoting one. */
    public record NewPost(String text,
                          @Size(max = ForumLimits.ID, message = "{valid.forum.id.size}") String replyToPostId,
                          @Size(max = ForumLimits.ID, message = "{valid.forum.id.size}") String quotedPostId) {
    }

    /** A post's new text. */
    public record PostEdit(String text) {
    }

    public record Pinning(@NotNull(message = "{valid.forum.pinned.missing}") Boolean pinned) {
    }

    public record Locking(@NotNull(message = "{valid.forum.locked.missing}") Boolean locked) {
    }

    public record Move(@NotNull(message = "{valid.forum.to-space.missing}")
                       @Size(max = ForumLimits.ID * 3, message = "{valid.forum.id.size}") String toSpaceId) {
    }

    /** A space on a theme with the people chosen; the moderators are members too. */
    public record NewThemeSpace(String title, String description,
                                @Size(max = ForumLimits.MEMBERS_AT_CREATION, message = "{valid.forum.members.size}")
                                List<String> memberIds,
                                @Size(max = ForumLimits.MEMBERS_AT_CREATION, message = "{valid.forum.members.size}")
                                List<String> moderatorIds) {
    }

    public record SpaceMember(@NotNull(message = "{valid.forum.person.missing}") String personId,
                              @NotNull(message = "{valid.forum.role.missing}") SpaceRole role) {
    }

    public record Role(@NotNull(message = "{valid.forum.role.missing}") SpaceRole role) {
    }
}
