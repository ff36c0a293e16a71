package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Records the attendance of several members at once, as the attendance sheet of the live view sends it: a line
 * without a status is left as it is; the lines that change are recorded, each as its own event.
 */
public record RecordAttendanceSheetCommand(@TargetAggregateIdentifier String meetingId, List<AttendanceEntry> entries) {

    public RecordAttendanceSheetCommand {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
