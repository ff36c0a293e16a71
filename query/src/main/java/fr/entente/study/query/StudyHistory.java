package fr.entente.study.query;

import fr.entente.common.query.LogPosition;
import fr.entente.common.query.ViewHistory;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A study as it stood at an instant: its events up to that instant applied in memory by the very changes that build
 * the {@code studies} read model ({@link StudyChanges}), so that it is the chain its page showed then. Nothing is
 * stored and no page is told.
 */
@Component
public class StudyHistory {

    private final ViewHistory<StudyView> history =
            new ViewHistory<>("A study", StudyView::studyId, views -> List.of(new StudyChanges(new InMemory(views))));

    /** The study that these events of its stream, oldest first, build; only those at or before {@code at} count. */
    public Optional<StudyView> asItStood(List<? extends EventMessage<?>> events, Instant at) {
        return history.asItStood(events, at);
    }

    private record InMemory(ViewHistory.Views<StudyView> views) implements StudyChanges.Views {

        @Override
        public Optional<StudyView> find(String studyId) {
            return views.find(studyId);
        }

        @Override
        public void save(StudyView view, LogPosition position) {
            views.save(view);
        }
    }
}
