package fr.entente.forum.api;


import org.axonframework.serialization.Revision;

/**
 * A thread was started in a space; its first post follows. {@code meetingId} links it to a meeting, {@code decisionId}
 * to a decision, or is null. ({@code decisionId} came later: an event of revision 1 written before it reads as about
 * no decision, so no upcaster is needed.)
 */
@Revision("1")
public record ThreadStartedEvent(String threadId, String cooperationId, String spaceId, String title, String authorId, String meetingId, String decisionId) {

    /** A thread about no decision. */
    public ThreadStartedEvent(String threadId, String cooperationId, String spaceId, String title, String authorId,
                              String meetingId) {
        this(threadId, cooperationId, spaceId, title, authorId, meetingId, null);
    }
}
