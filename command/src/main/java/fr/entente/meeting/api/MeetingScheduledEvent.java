package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A meeting of a body was scheduled, alone ({@code seriesId} null) or as part of a series. Local times, Europe/Paris.
 */
@Revision("1")
public record MeetingScheduledEvent(String meetingId, String cooperationId, String bodyId, String seriesId, String title,
                                    LocalDate date, LocalTime startTime, LocalTime endTime, String place, String videoLink) {
}
