package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Schedules one meeting of a body, outside any series. Dates and times are local to Europe/Paris.
 */
public record ScheduleMeetingCommand(@TargetAggregateIdentifier String meetingId, String cooperationId, String bodyId, String title, LocalDate date,
                                     LocalTime startTime, LocalTime endTime, String place, String videoLink) {
}
