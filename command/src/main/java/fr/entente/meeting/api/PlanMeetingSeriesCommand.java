package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Plans a body's meetings for a period on a recurrence (the working group's yearly calendar): one meeting
 * per date, each then moved or cancelled alone. Dates and times are local to Europe/Paris; a place, a video
 * link or both.
 */
public record PlanMeetingSeriesCommand(@TargetAggregateIdentifier String seriesId, String cooperationId, String bodyId, String title, Recurrence recurrence,
                                       LocalDate firstDate, LocalDate lastDate, LocalTime startTime, LocalTime endTime,
                                       String place, String videoLink) {
}
