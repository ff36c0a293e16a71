package fr.entente.web.decision;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.decision.api.ConcernKind;
import fr.entente.decision.api.DecisionMode;
import fr.entente.decision.query.DecisionView;
import fr.entente.meeting.query.FindMeetingQuery;
import fr.entente.meeting.query.MeetingView;
import fr.entente.meeting.query.MinutesStatus;
import fr.entente.meeting.query.ProposalView;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

import static fr.entente.web.decision.CommitteeDecisions.*;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A proposal of the committee's meeting put to its vote, through the REST API: a live decision concerning it, one
 * centre voting from its screen, another's vote recorded by the officer, the meeting refusing to end while the vote
 * is open, and, at the close, the outcome in the record, with the decision's number and tally in the minutes' PDF.
 */
@ExtendWith(SharedApiWorld.class)
class ProposalVoteEndToEndTest {

    private ApiClient officer;
    private ApiClient director60;

    @BeforeEach
    void seat(ApiWorld world) {
        CommitteeDecisions.seat(world);
        officer = world.signedIn(OFFICER);
        director60 = world.signedIn(DIRECTOR_60);
    }

    @Test
    void theVotesOutcomeBecomesTheProposalsAndReachesTheMinutes(ApiWorld world) throws Exception {
        String meeting = liveMeetingWithAnItem(world);
        String proposalId = expect(officer.post(meeting + "/proposals", """
                {"itemId":"i-etude","proposedByOrganisationId":"cdg-60","text":"Lancer l'étude sur l'absentéisme 2025.",
                 "outcome":"DEFERRED"}"""), 201).path("proposalId").asText();

        long before = world.eventCount();
        refused(world, before, director60.post(meeting + "/proposals/" + proposalId + "/vote", ""), 403,
                "meeting.officer-or-convenor-required");
        refused(world, before, officer.post(meeting + "/proposals/no-such-proposal/vote", ""), 404, "meeting.proposal-unknown");

        JsonNode put = expect(officer.post(meeting + "/proposals/" + proposalId + "/vote", ""), 201);
        String decisionId = put.path("decisionId").asText();
        DecisionView opened = awaitDecision(world, decisionId, view -> true);
        assertThat(opened.mode()).isEqualTo(DecisionMode.LIVE);
        assertThat(opened.question()).isEqualTo("Lancer l'étude sur l'absentéisme 2025.");
        assertThat(opened.concern().kind()).isEqualTo(ConcernKind.PROPOSAL);
        assertThat(opened.concern().referenceId()).isEqualTo(proposalId);
        String meetingId = meeting.substring(meeting.lastIndexOf('/') + 1);
        assertThat(opened.meetingId()).isEqualTo(meetingId);
        awaitProposal(world, meetingId, proposalId, ProposalView::voteOpen);

        before = world.eventCount();
        refused(world, before, officer.post(meeting + "/proposals/" + proposalId + "/vote", ""), 409,
                "meeting.proposal-vote-open");
        refused(world, before, officer.put(meeting + "/proposals/" + proposalId + "/outcome", "{\"outcome\":\"ADOPTED\"}"),
                409, "meeting.proposal-vote-open");
        JsonNode notEnded = refused(world, before, officer.post(meeting + "/end", ""), 409, "meeting.vote-open");
        assertThat(notEnded.path("detail").asText()).contains("Un vote est encore ouvert");
        refused(world, before, director60.post(decision(decisionId) + "/recorded-votes",
                                               "{\"organisationId\":\"cdg-59\",\"option\":\"pour\"}"),
                403, "decision.officer-or-convenor-required");
        refused(world, before, officer.post(decision(decisionId) + "/recorded-votes",
                                            "{\"organisationId\":\"cnfpt\",\"option\":\"pour\"}"),
                404, "decision.centre-not-voting");

        expect(director60.post(decision(decisionId) + "/votes", "{\"option\":\"pour\"}"), 200);
        expect(officer.post(decision(decisionId) + "/recorded-votes", "{\"organisationId\":\"cdg-59\",\"option\":\"Pour\"}"), 200);
        DecisionView voted = awaitDecision(world, decisionId, view -> view.votes().size() == 2);
        assertThat(voted.votes()).filteredOn(vote -> vote.organisationId().equals("cdg-59"))
                                 .singleElement().satisfies(vote -> {
                                     assertThat(vote.recorded()).isTrue();
                                     assertThat(vote.voterId()).isEqualTo(OFFICER.personId());
                                 });

        expect(officer.post(decision(decisionId) + "/close", ""), 204);
        DecisionView closed = awaitDecision(world, decisionId, view -> view.reference() != null);
        ProposalView adopted = awaitProposal(world, meetingId, proposalId, proposal -> !proposal.voteOpen());
        assertThat(adopted.outcome()).hasToString("ADOPTED");
        assertThat(adopted.decisionId()).isEqualTo(decisionId);
        assertThat(adopted.history()).last().satisfies(change -> assertThat(change.byDecisionId()).isEqualTo(decisionId));

        expect(officer.post(meeting + "/end", ""), 204);
        expect(officer.post(meeting + "/minutes", ""), 201);
        eventually(() -> meeting(world, meetingId).filter(view -> view.minutes().status() != MinutesStatus.NONE));
        HttpResponse<byte[]> pdf = officer.getBytes("/cooperations/" + ApiWorld.HDF + "/reunions/" + meetingId
                                                    + "/compte-rendu.pdf", "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            // the PDF's lines break where they must: compared without white space
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("Lancerl'étudesurl'absentéisme2025.", "adoptée",
                                      "parlevotedel'instance,décision" + closed.reference(),
                                      "2pour,0contre,0abstention(votants:2centressur2)");
        }
    }

    /** A meeting of the committee, live, with one item on its agenda; its API path. */
    private String liveMeetingWithAnItem(ApiWorld world) {
        String meetingId = expect(officer.post(A + "/bodies/" + BODY + "/meetings", """
                {"title":"Comité technique de décembre","date":"%s","startTime":"10:00","endTime":"12:00",
                 "place":"CDG de l'Oise"}""".formatted(LocalDate.now().plusDays(1))), 201).path("meetingId").asText();
        String meeting = A + "/meetings/" + meetingId;
        expect(officer.post(meeting + "/agenda/items", """
                {"itemId":"i-etude","title":"Études de l'observatoire","purpose":"DECISION","expectedMinutes":30}"""), 201);
        expect(officer.post(meeting + "/agenda/publication", ""), 201);
        expect(officer.post(meeting + "/start", ""), 204);
        return meeting;
    }

    private static ProposalView awaitProposal(ApiWorld world, String meetingId, String proposalId,
                                              Predicate<ProposalView> condition) {
        return eventually(() -> meeting(world, meetingId).flatMap(view -> view.proposals().stream()
                .filter(proposal -> proposal.proposalId().equals(proposalId)).filter(condition).findFirst()));
    }

    private static Optional<MeetingView> meeting(ApiWorld world, String meetingId) {
        return world.bean(QueryGateway.class).query(new FindMeetingQuery(meetingId),
                                                    ResponseTypes.optionalInstanceOf(MeetingView.class)).join();
    }
}
