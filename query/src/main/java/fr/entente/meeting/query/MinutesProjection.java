package fr.entente.meeting.query;

import fr.entente.common.query.LogPosition;
import fr.entente.meeting.api.MinutesAmendmentApprovedEvent;
import fr.entente.meeting.api.MinutesAmendmentProposedEvent;
import fr.entente.meeting.api.MinutesApprovedEvent;
import fr.entente.meeting.api.MinutesDraftedEvent;
import fr.entente.meeting.api.MinutesEditedEvent;
import fr.entente.meeting.api.MinutesAnnexAddedEvent;
import fr.entente.meeting.api.MinutesPublishedEvent;
import fr.entente.meeting.api.MinutesSubmittedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static fr.entente.meeting.query.MeetingAspect.MINUTES;

/** A meeting's minutes in its view ({@link MeetingView}): drafted, edited, submitted, approved, published, amended. */
@Component
@ProcessingGroup("meetings")
class MinutesProjection {

    private static final String ACTOR = "actorId";

    private final MeetingChanges meetings;

    MinutesProjection(MeetingChanges meetings) {
        this.meetings = meetings;
    }

    @EventHandler
    void on(MinutesDraftedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at,
                        meeting -> meeting.minutes = meeting.minutes.drafted(event.version(), event.text()), MINUTES);
    }

    @EventHandler
    void on(MinutesEditedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at,
                        meeting -> meeting.minutes = meeting.minutes.drafted(event.version(), event.text()), MINUTES);
    }

    @EventHandler
    void on(MinutesSubmittedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at,
                        meeting -> meeting.minutes = meeting.minutes.submitted(event.version()), MINUTES);
    }

    @EventHandler
    void on(MinutesApprovedEvent event, @Timestamp Instant at, LogPosition position,
            @MetaDataValue(ACTOR) String actorId) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.minutes = meeting.minutes.approved(
                event.version(), event.mode(), actorId, event.atMeetingId(), at), MINUTES);
    }

    @EventHandler
    void on(MinutesAnnexAddedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at, meeting -> {
            if (meeting.annexes.stream().noneMatch(annex -> annex.documentId().equals(event.documentId()))) {
                meeting.annexes.add(new MinutesAnnexView(event.documentId(), event.version(), at));
            }
        }, MINUTES);
    }

    @EventHandler
    void on(MinutesPublishedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at,
                        meeting -> meeting.minutes = meeting.minutes.published(event.version(), at), MINUTES);
    }

    @EventHandler
    void on(MinutesAmendmentProposedEvent event, @Timestamp Instant at, LogPosition position,
            @MetaDataValue(ACTOR) String actorId) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.minutes = meeting.minutes.withAmendment(
                new MinutesAmendmentView(event.amendmentId(), event.text(), actorId, at, false, null, null)), MINUTES);
    }

    @EventHandler
    void on(MinutesAmendmentApprovedEvent event, @Timestamp Instant at, LogPosition position,
            @MetaDataValue(ACTOR) String actorId) {
        meetings.change(event.meetingId(), position, at,
                        meeting -> meeting.minutes = meeting.minutes.amendmentApproved(event.amendmentId(), actorId, at),
                        MINUTES);
    }
}
