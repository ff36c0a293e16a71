package fr.entente.meeting;

import fr.entente.meeting.api.AcceptAgendaItemRequestsCommand;
import fr.entente.meeting.api.AgendaItemPurpose;
import fr.entente.meeting.api.AgendaItemRequestsAcceptedEvent;
import fr.entente.meeting.api.AgendaPublishedEvent;
import fr.entente.meeting.api.AgendaRequestDeadlineSetEvent;
import fr.entente.meeting.api.MeetingRefusal;
import fr.entente.meeting.api.ReceiveReferralCommand;
import fr.entente.meeting.api.ReferralOrigin;
import fr.entente.meeting.api.ReferralReceivedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static fr.entente.meeting.WorkingGroup.AS_OFFICER;
import static fr.entente.meeting.WorkingGroup.AS_REFERENT;
import static fr.entente.meeting.WorkingGroup.AS_SYSTEM;
import static fr.entente.meeting.WorkingGroup.ITEM_ID;
import static fr.entente.meeting.WorkingGroup.MEETING_ID;
import static fr.entente.meeting.WorkingGroup.RSU_ITEM;
import static fr.entente.meeting.WorkingGroup.SCHEDULED;
import static fr.entente.meeting.WorkingGroup.meetingFixture;
import static fr.entente.common.api.RuleViolations.ruleViolation;

/**
 * A proposal another body referred to this one ("renvoyée au comité technique") becomes a request on this meeting's
 * agenda, for decision, linked back to where it comes from; the officer then accepts or declines it like any request.
 */
class MeetingReferralsTest {

    private static final ReferralOrigin FROM_WORKING_GROUP = new ReferralOrigin("gt-2026-05-12", "proposal-barometre", "groupe-de-travail");
    private static final ReceiveReferralCommand REFERRAL = new ReceiveReferralCommand(MEETING_ID, "renvoi-barometre",
            FROM_WORKING_GROUP, " Valider le baromètre RH ", "Proposition du groupe de travail");
    private static final ReferralReceivedEvent RECEIVED = new ReferralReceivedEvent(MEETING_ID, "renvoi-barometre",
            FROM_WORKING_GROUP, "Valider le baromètre RH", "Proposition du groupe de travail");

    private final FixtureConfiguration<Meeting> fixture = meetingFixture();

    @Test
    void theHubPutsAReferralAmongTheRequests() {
        fixture.given(SCHEDULED).when(REFERRAL, AS_SYSTEM).expectEvents(RECEIVED);
    }

    @Test
    void theOfficerPlacesAWaitingReferralAndNoDeadlineClosesIt() {
        Instant deadline = Instant.parse("2026-06-02T16:00:00Z");
        fixture.given(SCHEDULED, new AgendaRequestDeadlineSetEvent(MEETING_ID, deadline))
               .andGivenCurrentTime(deadline.plusSeconds(3600))
               .when(REFERRAL, AS_OFFICER)
               .expectEvents(RECEIVED);
    }

    @Test
    void aMemberDoesNotPlaceReferrals() {
        fixture.given(SCHEDULED).when(REFERRAL, AS_REFERENT)
               .expectNoEvents()
               .expectException(ruleViolation(MeetingRefusal.OFFICER_OR_CONVENOR_REQUIRED, null));
    }

    @Test
    void notOnAnAgendaAlreadyPublished() {
        fixture.given(SCHEDULED, RSU_ITEM, new AgendaPublishedEvent(MEETING_ID, List.of(ITEM_ID), 1))
               .when(REFERRAL, AS_SYSTEM)
               .expectNoEvents()
               .expectException(ruleViolation(MeetingRefusal.AGENDA_PUBLISHED, null));
    }

    @Test
    void aReferralSaysWhereItComesFromAndNeverFromTheSameMeeting() {
        fixture.given(SCHEDULED)
               .when(new ReceiveReferralCommand(MEETING_ID, "renvoi", new ReferralOrigin(null, "p", "gt"), "Titre", null), AS_SYSTEM)
               .expectNoEvents()
               .expectException(ruleViolation(MeetingRefusal.REFERRAL_ORIGIN_REQUIRED, "origin"));
        fixture.given(SCHEDULED)
               .when(new ReceiveReferralCommand(MEETING_ID, "renvoi", new ReferralOrigin(MEETING_ID, "p", "gt"), "Titre", null), AS_SYSTEM)
               .expectNoEvents()
               .expectException(ruleViolation(MeetingRefusal.REFERRAL_TO_SAME_MEETING, "meetingId"));
    }

    @Test
    void aReferralIsPlacedOnce() {
        fixture.given(SCHEDULED, RECEIVED).when(REFERRAL, AS_SYSTEM)
               .expectNoEvents()
               .expectException(ruleViolation(MeetingRefusal.ID_TAKEN, "requestId"));
    }

    @Test
    void theOfficerAcceptsAReferralAsAnItemForDecision() {
        fixture.given(SCHEDULED, RECEIVED)
               .when(new AcceptAgendaItemRequestsCommand(MEETING_ID, "item-barometre", List.of("renvoi-barometre"), null), AS_OFFICER)
               .expectEvents(new AgendaItemRequestsAcceptedEvent(MEETING_ID, "item-barometre", List.of("renvoi-barometre"),
                                                                 "Valider le baromètre RH", AgendaItemPurpose.DECISION, null));
    }
}
