package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A series of meetings was planned; one meeting was scheduled per occurrence, in the same transaction.
 */
@Revision("1")
public record MeetingSeriesPlannedEvent(String seriesId, String cooperationId, String bodyId, String title, Recurrence recurrence,
                                        LocalDate firstDate, LocalDate lastDate, LocalTime startTime, LocalTime endTime,
                                        String place, String videoLink, List<MeetingOccurrence> occurrences) {

    public MeetingSeriesPlannedEvent {
        occurrences = List.copyOf(occurrences);
    }
}
