package fr.entente.web.meeting.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.entente.meeting.query.MeetingView;

import java.util.Map;

/**
 * A meeting as the API returns it: the {@link MeetingView}'s fields, plus the display names of the people it names
 * ({@code people}: person id to name, {@code null} for a person without an account) and the names of the
 * organisations ({@code organisations}: organisation id to name). Names are resolved at reading time: the log keeps
 * identifiers only.
 */
public record MeetingResponse(@JsonUnwrapped MeetingView meeting, Map<String, String> people,
                              Map<String, String> organisations) {
}
