package fr.entente.meeting.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting as a body's list or a person's calendar shows it. */
public record MeetingSummary(String meetingId, String cooperationId, String bodyId, String seriesId, String title,
                             LocalDate date, LocalTime startTime, LocalTime endTime, String place, String videoLink,
                             MeetingStatus status, String cancelReason, MinutesStatus minutesStatus, int publishedVersion,
                             int sequence, Instant lastModified) {

    /** The summary but for the moment of the last change, which lists do not show. */
    MeetingSummary withoutLastModified() {
        return new MeetingSummary(meetingId, cooperationId, bodyId, seriesId, title, date, startTime, endTime, place,
                                  videoLink, status, cancelReason, minutesStatus, publishedVersion, sequence, null);
    }
}
