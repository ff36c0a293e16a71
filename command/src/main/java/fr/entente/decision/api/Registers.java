package fr.entente.decision.api;

/** The identifiers of the registers: one per body and year. */
public final class Registers {

    private Registers() {
    }

    public static String idOf(String cooperationId, String bodyId, int year) {
        return "register/" + cooperationId + "/" + bodyId + "/" + year;
    }

    /** CT-2026-014: the body's prefix, the year, the number on three digits at least. */
    public static String reference(String prefix, int year, int number) {
        return prefix + "-" + year + "-" + String.format("%03d", number);
    }
}
