package fr.entente.meeting.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import fr.entente.meeting.api.LiveMeetings;
import fr.entente.meeting.api.MeetingCancelledEvent;
import fr.entente.meeting.api.MeetingEndedEvent;
import fr.entente.meeting.api.MeetingScheduledEvent;
import fr.entente.meeting.api.MeetingStartedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

/**
 * Where each meeting is in its life, one document per meeting in the {@value #COLLECTION} collection:
 * {@code {_id: meetingId, cooperationId, bodyId, phase: SCHEDULED|LIVE|ENDED|CANCELLED}}. The command side asks it
 * whether a meeting is live, to accept minutes approved by the body at a later meeting.
 * <p>
 * Every handler may see an event twice and leaves the same document: scheduling is an upsert that keeps the phase,
 * the other events set it.
 */
@Component
@ProcessingGroup("meeting-phases")
public class LiveMeetingsProjection implements LiveMeetings {

    static final String COLLECTION = "meetingPhases";

    private static final String ID = "_id";
    private static final String COOPERATION_ID = "cooperationId";
    private static final String BODY_ID = "bodyId";
    private static final String PHASE = "phase";

    private final MongoCollection<Document> meetings;

    public LiveMeetingsProjection(MongoDatabase database) {
        this.meetings = database.getCollection(COLLECTION);
    }

    @EventHandler
    public void on(MeetingScheduledEvent event) {
        meetings.updateOne(eq(ID, event.meetingId()),
                           combine(set(COOPERATION_ID, event.cooperationId()), set(BODY_ID, event.bodyId()),
                                   setOnInsert(PHASE, "SCHEDULED")),
                           new UpdateOptions().upsert(true));
    }

    @EventHandler
    public void on(MeetingStartedEvent event) {
        meetings.updateOne(eq(ID, event.meetingId()), set(PHASE, "LIVE"));
    }

    @EventHandler
    public void on(MeetingEndedEvent event) {
        meetings.updateOne(eq(ID, event.meetingId()), set(PHASE, "ENDED"));
    }

    @EventHandler
    public void on(MeetingCancelledEvent event) {
        meetings.updateOne(eq(ID, event.meetingId()), set(PHASE, "CANCELLED"));
    }

    /** A replay starts from no meetings. */
    @ResetHandler
    public void reset() {
        meetings.deleteMany(new Document());
    }

    @Override
    public boolean isLive(String cooperationId, String bodyId, String meetingId) {
        if (cooperationId == null || bodyId == null || meetingId == null) {
            return false;
        }
        return meetings.find(and(eq(ID, meetingId), eq(COOPERATION_ID, cooperationId), eq(BODY_ID, bodyId),
                                 eq(PHASE, "LIVE"))).first() != null;
    }
}
