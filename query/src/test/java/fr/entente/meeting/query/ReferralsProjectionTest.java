package fr.entente.meeting.query;

import fr.entente.meeting.api.MeetingScheduledEvent;
import fr.entente.meeting.api.ProposalOutcome;
import fr.entente.meeting.api.ProposalOutcomeChangedEvent;
import fr.entente.meeting.api.ProposalRecordedEvent;
import fr.entente.meeting.api.ReferralOrigin;
import fr.entente.meeting.api.ReferralReceivedEvent;
import fr.entente.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The proposals one body refers to another: waiting until they join the receiving body's requests. */
class ReferralsProjectionTest {

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    private static final String HDF = "hauts-de-france";
    private static final MeetingScheduledEvent MAY = new MeetingScheduledEvent("gt-mai", HDF, "groupe-de-travail", null,
            "Groupe de travail de mai", LocalDate.of(2027, 5, 11), LocalTime.of(9, 30), LocalTime.NOON, "Lille", null);
    private static final MeetingScheduledEvent CT_JUNE = new MeetingScheduledEvent("ct-juin", HDF, "comite-technique", null,
            "Comité technique de juin", LocalDate.of(2027, 6, 8), LocalTime.of(14, 0), LocalTime.of(16, 0), "Lille", null);

    private MeetingReadModel model;

    @BeforeEach
    void emptyDatabase() {
        model = MeetingReadModel.on(mongo.freshDatabase());
    }

    @Test
    void aReferredProposalWaitsForTheReceivingBodyUntilItJoinsOneOfItsMeetings() {
        model.log.feed(MAY, CT_JUNE,
                       new ProposalRecordedEvent("gt-mai", "p1", "i1", null, "cdg-59", "Valider le baromètre",
                                                 ProposalOutcome.REFERRED, "comite-technique"),
                       new ProposalRecordedEvent("gt-mai", "p2", "i1", null, "cdg-59", "Publier la note", ProposalOutcome.ADOPTED, null));

        assertThat(model.referrals.handle(new FindWaitingReferralsQuery(HDF, "comite-technique"))).singleElement().satisfies(referral -> {
            assertThat(referral.fromMeetingId()).isEqualTo("gt-mai");
            assertThat(referral.fromBodyId()).isEqualTo("groupe-de-travail");
            assertThat(referral.fromMeetingTitle()).isEqualTo("Groupe de travail de mai");
            assertThat(referral.fromMeetingDate()).isEqualTo(LocalDate.of(2027, 5, 11));
            assertThat(referral.text()).isEqualTo("Valider le baromètre");
            assertThat(referral.waiting()).isTrue();
        });
        assertThat(model.referrals.handle(new FindWaitingReferralsQuery("bretagne", "comite-technique"))).isEmpty();

        model.log.feed(new ReferralReceivedEvent("ct-juin", "renvoi-p1", new ReferralOrigin("gt-mai", "p1", "groupe-de-travail"),
                                                 "Valider le baromètre", null));
        assertThat(model.referrals.handle(new FindWaitingReferralsQuery(HDF, "comite-technique"))).isEmpty();
        assertThat(model.referrals.handle(new FindReferralQuery("gt-mai", "p1"))).hasValueSatisfying(referral -> {
            assertThat(referral.placedIn()).isEqualTo("ct-juin");
            assertThat(referral.requestId()).isEqualTo("renvoi-p1");
        });
    }

    @Test
    void aCorrectedOutcomeMovesTheReferralOrWithdrawsIt() {
        model.log.feed(MAY, new ProposalRecordedEvent("gt-mai", "p1", "i1", null, "cdg-59", "Valider le baromètre",
                                                      ProposalOutcome.DEFERRED, null),
                       new ProposalOutcomeChangedEvent("gt-mai", "p1", ProposalOutcome.REFERRED, "comite-technique"));
        assertThat(model.referrals.handle(new FindWaitingReferralsQuery(HDF, "comite-technique")))
                .extracting(ReferralView::text).containsExactly("Valider le baromètre");

        model.log.feed(new ProposalOutcomeChangedEvent("gt-mai", "p1", ProposalOutcome.REFERRED, "comite-de-pilotage"));
        assertThat(model.referrals.handle(new FindWaitingReferralsQuery(HDF, "comite-technique"))).isEmpty();
        assertThat(model.referrals.handle(new FindWaitingReferralsQuery(HDF, "comite-de-pilotage"))).hasSize(1);

        model.log.feed(new ProposalOutcomeChangedEvent("gt-mai", "p1", ProposalOutcome.ADOPTED, null));
        assertThat(model.referrals.handle(new FindWaitingReferralsQuery(HDF, "comite-de-pilotage"))).isEmpty();
        assertThat(model.referrals.handle(new FindReferralQuery("gt-mai", "p1"))).isEmpty();
    }
}
