package fr.entente.cooperation.query;

import java.util.List;
import java.util.Optional;

/**
 * The rotation of the cooperation's presidency (seed 001, art. 3.2): the centre of {@code departmentCodes[0]} presides
 * in {@code firstYear}, the next one the year after, and so on, starting again with the first.
 */
public record PresidencyView(int firstYear, List<String> departmentCodes) {

    public PresidencyView {
        departmentCodes = List.copyOf(departmentCodes);
    }

    /** The department code of the centre presiding in this year; none before the first year. */
    public Optional<String> presidingIn(int year) {
        if (year < firstYear || departmentCodes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(departmentCodes.get((year - firstYear) % departmentCodes.size()));
    }
}
