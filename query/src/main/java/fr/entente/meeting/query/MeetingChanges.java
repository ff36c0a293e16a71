package fr.entente.meeting.query;

import fr.entente.common.query.LogPosition;
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdateJournal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Applies an event's change to a meeting's view, once: keeps it ({@link MeetingViewStore}) and tells the open pages
 * which parts changed ({@link LiveTopics#meeting}), and the body's list when the meeting's summary changed
 * ({@link LiveTopics#bodyMeetings}).
 * <p>
 * Idempotent: the view keeps the position of the last event applied, and an event at that position or before
 * (redelivered, or replayed over a view not reset) changes nothing. An event with no position (not read from the
 * log) is applied, and announced to no page.
 */
@Component
class MeetingChanges {

    static final String TYPE = "meeting";
    static final String LIST_TYPE = "meetings";
    static final String LIST_CHANGE = "meetings";

    /** Where the views are kept: the {@code meetings} collection, or memory for a meeting rebuilt as it stood. */
    interface Views {
        Optional<MeetingView> find(String meetingId);

        void save(MeetingView view);
    }

    /** Who is told what changed: the live-update journal, or no one. */
    interface Announcements {
        void publishChanges(String topic, LogPosition position, String type, List<String> changes);
    }

    private final Views store;
    private final Announcements live;

    @Autowired
    MeetingChanges(MeetingViewStore store, LiveUpdateJournal live) {
        this(store, live::publishChanges);
    }

    MeetingChanges(Views store, Announcements live) {
        this.store = store;
        this.live = live;
    }

    /** A new meeting; a meeting already there (the event handled again) is left as it is. */
    void create(String meetingId, LogPosition position, Instant at, Consumer<MeetingView> creation) {
        if (store.find(meetingId).isEmpty()) {
            apply(new MeetingView(), null, position, at, creation, List.of(MeetingAspect.SCHEDULE));
        }
    }

    /** A change to a known meeting; an unknown one is left alone (its creation was never seen here). */
    void change(String meetingId, LogPosition position, Instant at, Consumer<MeetingView> change,
                MeetingAspect... aspects) {
        Optional<MeetingView> stored = store.find(meetingId);
        if (stored.isEmpty() || position.notAfter(stored.get().position())) {
            return;
        }
        MeetingSummary before = stored.get().summary();
        apply(stored.get(), before, position, at, change, Arrays.asList(aspects));
    }

    private void apply(MeetingView view, MeetingSummary before, LogPosition position, Instant at,
                       Consumer<MeetingView> change, List<MeetingAspect> aspects) {
        change.accept(view);
        view.groupNotesByItem();
        view.lastModified = at;
        if (position.known()) {
            view.position = position.value();
        }
        store.save(view);
        live.publishChanges(LiveTopics.meeting(view.cooperationId(), view.meetingId()), position, TYPE,
                            aspects.stream().map(MeetingAspect::wireName).toList());
        if (before == null || listChanged(before, view.summary())) {
            live.publishChanges(LiveTopics.bodyMeetings(view.cooperationId(), view.bodyId()), position, LIST_TYPE,
                                List.of(LIST_CHANGE));
        }
    }

    /** Whether a list showing the meeting must change; the moment of the last change alone does not count. */
    private static boolean listChanged(MeetingSummary before, MeetingSummary after) {
        return !Objects.equals(before.withoutLastModified(), after.withoutLastModified());
    }
}
