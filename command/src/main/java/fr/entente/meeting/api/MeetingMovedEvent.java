package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A meeting was moved: its new date, times and place.
 */
@Revision("1")
public record MeetingMovedEvent(String meetingId, LocalDate date, LocalTime startTime, LocalTime endTime, String place,
                                String videoLink) {
}
