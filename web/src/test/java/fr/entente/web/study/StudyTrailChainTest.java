package fr.entente.web.study;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static fr.entente.web.study.StudyCorner.*;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail of a scripted chain, request → decision → study: a referent's agenda request at a working group's
 * meeting, a study proposed from it, put to the technical committee, validated by its numbered decision, launched.
 * A director reads the study's acts from its page's "Historique", and "why?" of its validation goes back through the
 * committee's decision to the study's proposal and the request it came from; "why?" of its launch to the proposal and
 * the request. A referent sees no "Historique".
 */
@ExtendWith(SharedApiWorld.class)
class StudyTrailChainTest {

    private static final String TRAIL = A + "/audit/trail";

    @Test
    void theStudysWhyGoesBackThroughTheDecisionToTheRequest(ApiWorld world) {
        seat(world);
        ApiClient officer = world.signedIn(OFFICER);
        ApiClient referent = world.signedIn(REFERENT_60);
        ApiClient director = world.signedIn(DIRECTOR_59);
        String meetingId = meeting(officer, "Réunion de la chaîne du journal");
        String requestId = request(referent, meetingId, "Étude sur les départs en retraite", "Anticiper les départs de 2027");
        eventually(() -> Optional.of(referent.get(A + "/meetings/" + meetingId).body()).filter(meeting -> meeting.contains(requestId)));

        Response proposed = referent.post(A + "/studies", """
                {"title":"Étude sur les départs en retraite","question":"Combien de départs en 2027 ?",
                 "dataSources":["RSU"],"departments":["60"],"requestingCentres":["cdg-60"],"deliverables":"Une note",
                 "meetingId":"%s","requestId":"%s"}""".formatted(meetingId, requestId));
        expect(proposed, 201);
        String studyId = proposed.json().path("studyId").asText();
        String study = A + "/studies/" + studyId;
        awaitStage(officer, studyId, "PROPOSED");
        Response submitted = officer.post(study + "/validation", committee());
        expect(submitted, 201);
        String decisionId = submitted.json().path("decisionId").asText();
        voteAndClose(world, decisionId, "pour");
        awaitStage(officer, studyId, "VALIDATED");
        expect(officer.post(study + "/launch", "{\"leadCentre\":\"cdg-59\",\"participatingCentres\":[\"cdg-60\"]}"), 204);
        awaitStage(officer, studyId, "IN_PROGRESS");

        JsonNode acts = eventually(() -> Optional.of(director.get(TRAIL + "?subject=" + studyId).json())
                                                 .filter(page -> types(page.path("acts")).contains("StudyLaunchedEvent")))
                .path("acts");
        assertThat(types(acts)).as("the study's own acts, newest first")
                               .containsSubsequence("StudyLaunchedEvent", "StudyValidatedEvent", "StudyProposedEvent");

        List<String> whyValidated = causes(director, position(acts, "StudyValidatedEvent"));
        assertThat(whyValidated).as("why the study was validated: the committee's decision, then what it was about")
                                .contains("DecisionEnteredInRegisterEvent", "StudyProposedEvent", "AgendaItemRequestedEvent");
        assertThat(causes(director, position(acts, "StudyLaunchedEvent")))
                .as("why it was launched: the study proposed from the referent's request")
                .contains("StudyProposedEvent", "AgendaItemRequestedEvent");

        String page = director.getPage("/cooperations/" + ApiWorld.HDF + "/etudes/" + studyId).body();
        assertThat(page).contains("Historique", "/cooperations/" + ApiWorld.HDF + "/journal?subject=" + studyId);
        assertThat(director.getPage("/cooperations/" + ApiWorld.HDF + "/decisions/" + decisionId).body())
                .contains("Historique", "journal?subject=" + decisionId);
        assertThat(referent.getPage("/cooperations/" + ApiWorld.HDF + "/etudes/" + studyId).body())
                .as("a referent does not read the trail").doesNotContain("journal?subject=");
        assertThat(types(director.get(TRAIL + "?subject=" + decisionId).json().path("acts")))
                .as("the decision's acts, and those that name it").contains("DecisionOpenedEvent", "DecisionEnteredInRegisterEvent",
                                                                         "StudySubmittedForValidationEvent")
                .doesNotContain("StudyLaunchedEvent");
    }

    private static List<String> causes(ApiClient director, long position) {
        return types(director.get(TRAIL + "/" + position).json().path("causes"));
    }

    private static long position(JsonNode acts, String type) {
        for (JsonNode act : acts) {
            if (act.path("type").asText().equals(type)) {
                return act.path("position").asLong();
            }
        }
        throw new AssertionError("no " + type + " in " + acts);
    }

    private static List<String> types(JsonNode acts) {
        List<String> types = new ArrayList<>();
        acts.forEach(act -> types.add(act.path("type").asText()));
        return types;
    }
}
