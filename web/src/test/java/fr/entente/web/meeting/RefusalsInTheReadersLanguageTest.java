package fr.entente.web.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static fr.entente.web.meeting.WorkingGroupMeetings.OFFICER;
import static fr.entente.web.meeting.WorkingGroupMeetings.expect;
import static fr.entente.web.meeting.WorkingGroupMeetings.meeting;
import static fr.entente.web.meeting.WorkingGroupMeetings.refused;
import static fr.entente.web.meeting.WorkingGroupMeetings.schedule;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An API client reads refusals in its reader's language: the one the person chose (the {@code entente-lang}
 * cookie), or else English if its {@code Accept-Language} prefers it, or else French. The same codes and fields
 * whatever the language; the aggregate's refusals and Bean Validation's alike.
 */
@ExtendWith(SharedApiWorld.class)
class RefusalsInTheReadersLanguageTest {

    private static final String TOO_LONG_REASON = "{\"reason\":\"" + "r".repeat(1_001) + "\"}";

    private ApiWorld world;
    private String meeting;

    @BeforeEach
    void startAMeeting(ApiWorld world) {
        WorkingGroupMeetings.seat(world);
        this.world = world;
        ApiClient officer = world.signedIn(OFFICER);
        meeting = meeting(schedule(officer, "Groupe de travail multilingue"));
        expect(officer.post(meeting + "/start", ""), 204);
    }

    @Test
    void answersAClientPreferringEnglishInEnglish() {
        ApiClient officer = world.signedIn(OFFICER).acceptingLanguage("en-GB,en;q=0.9,fr;q=0.5");

        JsonNode started = alreadyStarted(officer);
        assertThat(started.path("title").asText()).isEqualTo("Conflict");
        assertThat(started.path("detail").asText()).startsWith("This meeting has already started");

        JsonNode reason = tooLongAReason(officer);
        assertThat(reason.path("title").asText()).isEqualTo("Data to correct");
        assertThat(reason.path("detail").asText())
                .isEqualTo("The reason (reason) must not be longer than 1,000 characters.");
    }

    @Test
    void answersAPersonWhoChoseEnglishInEnglishWhateverTheirClientPrefers() {
        ApiClient officer = world.signedIn(OFFICER).choosingLanguage("en").acceptingLanguage("fr-FR,fr");

        assertThat(alreadyStarted(officer).path("detail").asText()).startsWith("This meeting has already started");
        assertThat(tooLongAReason(officer).path("detail").asText()).contains("1,000 characters");
        JsonNode unknown = refused(world, world.eventCount(), officer.post(meeting + "/agenda/items",
                "{\"title\":\"Point\",\"purpose\":\"VOTE\"}"), 400, "request.invalid-value");
        assertThat(unknown.path("detail").asText()).isEqualTo(
                "The value \"VOTE\" will not do for the field \"purpose\". Values accepted: INFORMATION, DISCUSSION, "
                + "DECISION.");
    }

    @Test
    void answersAPersonWhoChoseFrenchInFrenchWhateverTheirClientPrefers() {
        ApiClient officer = world.signedIn(OFFICER).choosingLanguage("fr").acceptingLanguage("en");

        assertThat(alreadyStarted(officer).path("detail").asText()).startsWith("Cette réunion a déjà commencé");
    }

    @Test
    void answersInFrenchAClientThatPrefersNeitherLanguageOrSaysNothing() {
        ApiClient silent = world.signedIn(OFFICER);
        ApiClient german = world.signedIn(OFFICER).acceptingLanguage("de-DE,de;q=0.9");

        for (ApiClient officer : new ApiClient[]{silent, german}) {
            JsonNode started = alreadyStarted(officer);
            assertThat(started.path("title").asText()).isEqualTo("Conflit");
            assertThat(started.path("detail").asText()).startsWith("Cette réunion a déjà commencé");
            assertThat(tooLongAReason(officer).path("detail").asText())
                    .isEqualTo("La raison (reason) ne doit pas dépasser 1 000 caractères.");
        }
    }

    @Test
    void keepsTheCodesAndFieldsWhateverTheLanguage() {
        ApiClient english = world.signedIn(OFFICER).acceptingLanguage("en");
        ApiClient french = world.signedIn(OFFICER);

        JsonNode inEnglish = tooLongAReason(english);
        JsonNode inFrench = tooLongAReason(french);

        assertThat(inEnglish.path("code")).isEqualTo(inFrench.path("code"));
        assertThat(inEnglish.path("field")).isEqualTo(inFrench.path("field"));
        assertThat(inEnglish.path("detail")).isNotEqualTo(inFrench.path("detail"));
    }

    /** A refusal of the meeting itself (its aggregate). */
    private JsonNode alreadyStarted(ApiClient officer) {
        return refused(world, world.eventCount(), officer.post(meeting + "/start", ""), 409, "meeting.already-started");
    }

    /** A refusal of Bean Validation, before any command. */
    private JsonNode tooLongAReason(ApiClient officer) {
        return refused(world, world.eventCount(), officer.post(meeting + "/cancellation", TOO_LONG_REASON), 422,
                       "request.invalid-fields");
    }
}
