package fr.entente.meeting.api;

import java.time.LocalDate;

/** One meeting of a series: its identifier ({@code <seriesId>-<yyyy-MM-dd>}) and its date. */
public record MeetingOccurrence(String meetingId, LocalDate date) {
}
