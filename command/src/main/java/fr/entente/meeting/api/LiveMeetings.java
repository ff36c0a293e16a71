package fr.entente.meeting.api;

/**
 * Which meetings are live (started, not ended), as the command side needs it to accept the approval of a
 * body's minutes recorded at a later meeting. The query side implements it; command handlers receive it as a
 * resource.
 */
public interface LiveMeetings {

    /** Whether that meeting, of that body of that cooperation, has started and not ended. */
    boolean isLive(String cooperationId, String bodyId, String meetingId);
}
