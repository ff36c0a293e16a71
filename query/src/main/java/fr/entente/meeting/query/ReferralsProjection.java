package fr.entente.meeting.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import fr.entente.meeting.api.ProposalOutcome;
import fr.entente.meeting.api.ProposalOutcomeChangedEvent;
import fr.entente.meeting.api.ProposalRecordedEvent;
import fr.entente.meeting.api.ReferralReceivedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * The proposals referred from one body to another, in the {@value #COLLECTION} collection, one document per proposal:
 * {@code {_id: "<meetingId>/<proposalId>", cooperationId, fromMeetingId, fromBodyId, fromMeetingTitle, fromMeetingDate,
 * proposalId, text, toBodyId, referredAt, placedIn, requestId}}; what the receiving body's page lists as waiting, and
 * what the hub routes to its next agenda. In the meetings' processing group, after the meeting's own view, from which
 * it reads where the meeting belongs. A proposal no longer referred leaves the list; one referred to another body
 * waits anew.
 */
@Component
@ProcessingGroup("meetings")
class ReferralsProjection {

    static final String COLLECTION = "referrals";

    private static final String ID = "_id";
    private static final String COOPERATION_ID = "cooperationId";
    private static final String FROM_MEETING_ID = "fromMeetingId";
    private static final String FROM_BODY_ID = "fromBodyId";
    private static final String FROM_MEETING_TITLE = "fromMeetingTitle";
    private static final String FROM_MEETING_DATE = "fromMeetingDate";
    private static final String PROPOSAL_ID = "proposalId";
    private static final String TEXT = "text";
    private static final String TO_BODY_ID = "toBodyId";
    private static final String REFERRED_AT = "referredAt";
    private static final String PLACED_IN = "placedIn";
    private static final String REQUEST_ID = "requestId";

    private final MongoCollection<Document> referrals;
    private final MeetingViewStore meetings;

    ReferralsProjection(MongoDatabase database, MeetingViewStore meetings) {
        this.referrals = database.getCollection(COLLECTION);
        this.meetings = meetings;
        referrals.createIndex(Indexes.ascending(COOPERATION_ID, TO_BODY_ID, PLACED_IN));
    }

    @EventHandler
    void on(ProposalRecordedEvent event, @Timestamp Instant at) {
        if (event.outcome() == ProposalOutcome.REFERRED && event.referredToBodyId() != null) {
            refer(event.meetingId(), event.proposalId(), event.text(), event.referredToBodyId(), at);
        }
    }

    @EventHandler
    void on(ProposalOutcomeChangedEvent event, @Timestamp Instant at) {
        String id = idOf(event.meetingId(), event.proposalId());
        Document known = referrals.find(eq(ID, id)).first();
        if (event.outcome() != ProposalOutcome.REFERRED || event.referredToBodyId() == null) {
            referrals.deleteOne(eq(ID, id));
        } else if (known == null || !event.referredToBodyId().equals(known.getString(TO_BODY_ID))) {
            String text = known != null ? known.getString(TEXT) : proposalText(event.meetingId(), event.proposalId());
            refer(event.meetingId(), event.proposalId(), text, event.referredToBodyId(), at);
        }
    }

    @EventHandler
    void on(ReferralReceivedEvent event) {
        referrals.updateOne(eq(ID, idOf(event.origin().meetingId(), event.origin().proposalId())),
                            combine(set(PLACED_IN, event.meetingId()), set(REQUEST_ID, event.requestId())));
    }

    @ResetHandler
    void reset() {
        referrals.deleteMany(new Document());
    }

    @QueryHandler
    List<ReferralView> handle(FindWaitingReferralsQuery query) {
        List<ReferralView> waiting = new ArrayList<>();
        referrals.find(and(eq(COOPERATION_ID, query.cooperationId()), eq(TO_BODY_ID, query.toBodyId()), eq(PLACED_IN, null)))
                 .sort(new Document(REFERRED_AT, 1)).forEach(document -> waiting.add(view(document)));
        return waiting;
    }

    @QueryHandler
    Optional<ReferralView> handle(FindReferralQuery query) {
        return Optional.ofNullable(referrals.find(eq(ID, idOf(query.fromMeetingId(), query.proposalId()))).first())
                       .map(ReferralsProjection::view);
    }

    /** A referral waiting anew: to a first body, or to another one than before. */
    private void refer(String meetingId, String proposalId, String text, String toBodyId, Instant at) {
        meetings.find(meetingId).ifPresent(meeting -> referrals.updateOne(
                eq(ID, idOf(meetingId, proposalId)),
                combine(set(COOPERATION_ID, meeting.cooperationId()), set(FROM_MEETING_ID, meetingId),
                        set(FROM_BODY_ID, meeting.bodyId()), set(FROM_MEETING_TITLE, meeting.title()),
                        set(FROM_MEETING_DATE, meeting.date() == null ? null : meeting.date().toString()),
                        set(PROPOSAL_ID, proposalId), set(TEXT, text), set(TO_BODY_ID, toBodyId),
                        set(REFERRED_AT, Date.from(at)), set(PLACED_IN, null), set(REQUEST_ID, null)),
                new UpdateOptions().upsert(true)));
    }

    private String proposalText(String meetingId, String proposalId) {
        return meetings.find(meetingId).flatMap(meeting -> meeting.proposals().stream()
                .filter(proposal -> proposal.proposalId().equals(proposalId)).findFirst())
                       .map(ProposalView::text).orElse(null);
    }

    private static String idOf(String meetingId, String proposalId) {
        return meetingId + "/" + proposalId;
    }

    private static ReferralView view(Document document) {
        String date = document.getString(FROM_MEETING_DATE);
        return new ReferralView(document.getString(COOPERATION_ID), document.getString(FROM_MEETING_ID),
                                document.getString(FROM_BODY_ID), document.getString(FROM_MEETING_TITLE),
                                date == null ? null : LocalDate.parse(date), document.getString(PROPOSAL_ID),
                                document.getString(TEXT), document.getString(TO_BODY_ID),
                                document.getDate(REFERRED_AT).toInstant(), document.getString(PLACED_IN),
                                document.getString(REQUEST_ID));
    }
}
