package fr.entente.cooperation.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The presidency's rotation: the centre of {@code departmentCodes[(year - firstYear) mod n]} presides in a year. */
@Revision("1")
public record PresidencyRotationSetEvent(String cooperationId, int firstYear, List<String> departmentCodes) {

    public PresidencyRotationSetEvent {
        departmentCodes = List.copyOf(departmentCodes);
    }
}
