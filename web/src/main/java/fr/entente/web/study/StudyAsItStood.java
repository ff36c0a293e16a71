package fr.entente.web.study;

import fr.entente.study.api.StudyRefusal;
import fr.entente.study.api.StudyRefusedException;
import fr.entente.study.query.StudyHistory;
import fr.entente.study.query.StudyView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * A study as it stood at an instant, for whoever sees it today, rebuilt from its own events up to that instant by the
 * changes that build it today ({@link StudyHistory}): its stage, the committee's decision and number, the launch,
 * progress, results, who was informed, the disseminations and arbitrations then. Shown without forms.
 */
@Component
public class StudyAsItStood {

    private final StudyAccess access;
    private final EventStore events;
    private final StudyHistory history;

    public StudyAsItStood(StudyAccess access, EventStore events, StudyHistory history) {
        this.access = access;
        this.events = events;
        this.history = history;
    }

    /** The study at {@code at}, or 404 for someone who does not see it, or if it was not proposed yet. */
    public StudyView at(String cooperationId, String studyId, Instant at) {
        access.seen(cooperationId, studyId);
        List<? extends DomainEventMessage<?>> stream = events.readEvents(studyId, 0).asStream().toList();
        return history.asItStood(stream, at).orElseThrow(() -> StudyRefusedException.refused(StudyRefusal.NOT_FOUND));
    }
}
