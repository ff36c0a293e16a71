package fr.entente.web.meeting;

import fr.entente.common.api.RefusedException;
import fr.entente.common.query.LogPosition;
import fr.entente.infra.audit.Actor;
import fr.entente.meeting.api.ProposalOutcome;
import fr.entente.meeting.api.ProposalOutcomeChangedEvent;
import fr.entente.meeting.api.ProposalRecordedEvent;
import fr.entente.meeting.query.FindBodyMeetingsQuery;
import fr.entente.meeting.query.FindReferralQuery;
import fr.entente.meeting.query.MeetingStatus;
import fr.entente.meeting.query.MeetingSummary;
import fr.entente.meeting.query.ReferralView;
import fr.entente.web.application.PersonCommands;
import fr.entente.web.application.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Takes a proposal referred to another body ("renvoyée au comité technique") to that body: it joins the requests of
 * the body's next meeting whose agenda is not published yet, linked back to the proposal and its meeting; with no
 * such meeting, it waits in the body's list of referrals, from which its officer places it on a later agenda.
 * <p>
 * Its processing group starts at the head of the log ({@link ReferralRoutingConfiguration}): a referral recorded
 * before it ran waits in that list rather than being placed twice.
 */
@Component
@ProcessingGroup(ReferralRouting.PROCESSING_GROUP)
public class ReferralRouting {

    static final String PROCESSING_GROUP = "meeting-referrals";

    private static final Logger log = LoggerFactory.getLogger(ReferralRouting.class);
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(20);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final QueryGateway queries;
    private final PersonCommands commands;
    private final ReadModels readModels;
    private final MeetingReferrals referrals;
    private final Clock clock;

    ReferralRouting(QueryGateway queries, PersonCommands commands, ReadModels readModels, MeetingReferrals referrals) {
        this.queries = queries;
        this.commands = commands;
        this.readModels = readModels;
        this.referrals = referrals;
        this.clock = Clock.system(PARIS);
    }

    @EventHandler
    void on(ProposalRecordedEvent event, LogPosition position) {
        if (event.outcome() == ProposalOutcome.REFERRED && event.referredToBodyId() != null) {
            route(event.meetingId(), event.proposalId(), position);
        }
    }

    @EventHandler
    void on(ProposalOutcomeChangedEvent event, LogPosition position) {
        if (event.outcome() == ProposalOutcome.REFERRED && event.referredToBodyId() != null) {
            route(event.meetingId(), event.proposalId(), position);
        }
    }

    private void route(String meetingId, String proposalId, LogPosition position) {
        if (position.known() && !readModels.awaitProcessed(position.value(), READ_MODEL_WAIT, List.of("meetings"))) {
            log.warn("The meetings' read model has not reached {}: proposal {} of meeting {} waits among the referrals",
                     position, proposalId, meetingId);
            return;
        }
        Optional<ReferralView> referral = queries.query(new FindReferralQuery(meetingId, proposalId),
                                                        ResponseTypes.optionalInstanceOf(ReferralView.class)).join()
                                                 .filter(ReferralView::waiting);
        referral.ifPresent(waiting -> nextOpenMeeting(waiting).ifPresentOrElse(
                next -> place(waiting, next),
                () -> log.info("Body {} has no meeting with an unpublished agenda: proposal {} waits among its referrals",
                               waiting.toBodyId(), proposalId)));
    }

    /** The body's next meeting still to be held whose agenda is not published: where requests are still taken. */
    private Optional<MeetingSummary> nextOpenMeeting(ReferralView referral) {
        LocalDate today = LocalDate.now(clock);
        return queries.query(new FindBodyMeetingsQuery(referral.cooperationId(), referral.toBodyId()),
                             ResponseTypes.multipleInstancesOf(MeetingSummary.class)).join().stream()
                      .filter(meeting -> meeting.status() == MeetingStatus.SCHEDULED && meeting.publishedVersion() == 0)
                      .filter(meeting -> !meeting.date().isBefore(today))
                      .min(Comparator.comparing(MeetingSummary::date).thenComparing(MeetingSummary::startTime));
    }

    private void place(ReferralView referral, MeetingSummary meeting) {
        try {
            commands.sendAs(Actor.system(referral.cooperationId()), referrals.command(referral, meeting.meetingId()));
        } catch (RefusedException refused) {
            // published or taken a moment ago: the referral waits in the list, where the officer sees it
            log.info("Proposal {} could not join the requests of meeting {} ({}): it waits among the referrals",
                     referral.proposalId(), meeting.meetingId(), refused.code());
        }
    }
}
