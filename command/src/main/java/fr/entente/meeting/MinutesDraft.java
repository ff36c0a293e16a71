package fr.entente.meeting;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The first draft of the minutes' text, composed from the live record: the meeting's title and date, then per
 * agenda item, in the agenda's order, its title and the notes taken on it. The agenda, the attendance, the
 * record of proposals and the actions are facts of the log, shown with the minutes from their own events
 * rather than copied into the text, so that no edit of the text can contradict them.
 */
final class MinutesDraft {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private MinutesDraft() {
    }

    static String of(Schedule schedule, Agenda agenda, Notes notes) {
        StringBuilder text = new StringBuilder("# ").append(schedule.title()).append(" – ")
                .append(DATE.format(schedule.date())).append('\n');
        List<String> items = agenda.order();
        for (int index = 0; index < items.size(); index++) {
            String itemId = items.get(index);
            text.append("\n## ").append(index + 1).append(". ").append(agenda.titleOf(itemId)).append('\n');
            for (String note : notes.textsOn(itemId)) {
                text.append('\n').append(note.strip()).append('\n');
            }
        }
        return text.toString();
    }
}
