package fr.entente.forum.api;

import fr.entente.common.api.ListedRefusal;

import static fr.entente.common.api.Refusal.Kind.CONFLICT;
import static fr.entente.common.api.Refusal.Kind.INVALID;
import static fr.entente.common.api.Refusal.Kind.MISSING;
import static fr.entente.common.api.Refusal.Kind.NOT_ALLOWED;

/** Why a forum space or thread refuses a command: thrown as {@link ForumRefusedException}. */
public enum ForumRefusal implements ListedRefusal {

    // Identifiers the hub generates: the person can only reload and try again.
    SPACE_ID_REQUIRED("forum.spaceId-required", MISSING, "spaceId"),
    THREAD_ID_REQUIRED("forum.threadId-required", MISSING, "threadId"),
    POST_ID_REQUIRED("forum.postId-required", MISSING, "postId"),
    COOPERATION_ID_REQUIRED("forum.cooperationId-required", MISSING, "cooperationId"),
    BODY_ID_REQUIRED("forum.bodyId-required", MISSING, "bodyId"),
    PERSON_ID_REQUIRED("forum.personId-required", MISSING, "personId"),
    ROLE_REQUIRED("forum.role-required", MISSING, "role"),
    REACTION_REQUIRED("forum.reaction-required", MISSING, "reaction"),

    // What a person writes.
    TITLE_REQUIRED("forum.title-required", MISSING, "title"),
    TITLE_TOO_LONG("forum.title-too-long", INVALID, "title", "most"),
    /** A title is a label shown everywhere (lists, mails, notifications): no markup at all. */
    TITLE_MARKUP("forum.title-markup", INVALID, "title"),
    DESCRIPTION_TOO_LONG("forum.description-too-long", INVALID, "description", "most"),
    TEXT_REQUIRED("forum.text-required", MISSING, "text"),
    TEXT_TOO_LONG("forum.text-too-long", INVALID, "text", "most"),
    MODERATOR_REQUIRED_AT_CREATION("forum.moderator-required", INVALID, "moderatorIds"),
    TOO_MANY_MEMBERS("forum.too-many-members", INVALID, "memberIds", "most"),
    SAME_SPACE("forum.same-space", INVALID, "toSpaceId"),
    /** The throw site names the field; said alike of a person of another cooperation and of nobody at all. */
    PERSON_NOT_IN_COOPERATION("forum.person-not-in-cooperation", Kind.NOT_FOUND, "personId", "personId"),
    MEETING_NOT_IN_COOPERATION("forum.meeting-not-in-cooperation", Kind.NOT_FOUND, "meetingId"),
    DECISION_NOT_IN_COOPERATION("forum.decision-not-in-cooperation", Kind.NOT_FOUND, "decisionId"),

    ADMINISTRATOR_REQUIRED("forum.administrator-required", NOT_ALLOWED, null),
    MODERATOR_REQUIRED("forum.moderator-required-to-act", NOT_ALLOWED, null),
    AUTHOR_OR_MODERATOR_REQUIRED("forum.author-or-moderator-required", NOT_ALLOWED, null),
    /** A body's space follows the body's roster: nobody seats anyone in it by hand. */
    FOLLOWS_BODY_ROSTER("forum.space-follows-body-roster", NOT_ALLOWED, null),

    /**
     * The space or thread is not one the person acting can see: they are not a member of its space, or it belongs to
     * another cooperation. Said exactly as if it did not exist.
     */
    NOT_FOUND("forum.not-found", Kind.NOT_FOUND, null),
    POST_UNKNOWN("forum.post-unknown", Kind.NOT_FOUND, "postId"),
    TARGET_SPACE_UNKNOWN("forum.target-space-unknown", Kind.NOT_FOUND, "toSpaceId"),
    NOT_A_MEMBER("forum.not-a-member", Kind.NOT_FOUND, "personId"),

    ALREADY_EXISTS("forum.already-exists", CONFLICT, null),
    ALREADY_A_MEMBER("forum.already-a-member", CONFLICT, "personId"),
    LAST_MODERATOR("forum.last-moderator", CONFLICT, "personId"),
    THREAD_LOCKED("forum.thread-locked", CONFLICT, null),
    POST_DELETED("forum.post-deleted", CONFLICT, "postId"),
    POST_ID_TAKEN("forum.post-id-taken", CONFLICT, "postId");

    private final Terms terms;

    ForumRefusal(String code, Kind kind, String field, String... arguments) {
        this.terms = new Terms(code, kind, field, arguments);
    }

    @Override
    public Terms terms() {
        return terms;
    }
}
