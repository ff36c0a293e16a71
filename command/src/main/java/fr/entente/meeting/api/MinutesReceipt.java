package fr.entente.meeting.api;

/** What drafting or editing the minutes did: their text at this version, the one to edit from next. */
public record MinutesReceipt(int version, String text) {

    public static MinutesReceipt from(MinutesDraftedEvent drafted) {
        return new MinutesReceipt(drafted.version(), drafted.text());
    }

    public static MinutesReceipt from(MinutesEditedEvent edited) {
        return new MinutesReceipt(edited.version(), edited.text());
    }
}
