package fr.entente.web.forum;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static fr.entente.web.forum.ForumCorner.*;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forum's search through the running hub: French words with and without accents, plurals, an author's name;
 * only what the person may see (nothing of a space they are not in, nor of another cooperation); the search page.
 */
@ExtendWith(SharedApiWorld.class)
class ForumSearchApiTest {

    private ApiWorld world;
    private ApiClient referentA;
    private static String threadId;
    private static String themeThread;
    private static ApiWorld startedIn;

    @BeforeEach
    void threads(ApiWorld world) {
        ForumCorner.seat(world);
        this.world = world;
        referentA = world.signedIn(REFERENT_A);
        if (startedIn != world) {
            threadId = startThread(referentA, "Études de l'observatoire", "Les études sur l'emploi territorial avancent.");
            write(world.signedIn(REFERENT_B), threadId, "La réunion de méthode se tiendra à Amiens.");
            ApiClient admin = world.signedIn(ADMIN_HDF);
            String space = admin.post(F + "/spaces", """
                    {"title":"Espace réservé","memberIds":[],"moderatorIds":["%s"]}""".formatted(MEMBER_HDF.personId()))
                                .json().path("spaceId").asText();
            ApiClient member = world.signedIn(MEMBER_HDF);
            eventually(() -> Optional.of(member.get(F + "/spaces/" + space)).filter(found -> found.status() == 200));
            themeThread = member.post(F + "/spaces/" + space + "/threads",
                                      json("title", "Réunion réservée", "text", "Une réunion que le groupe ne voit pas."))
                                .json().path("threadId").asText();
            startedIn = world;
        }
    }

    private JsonNode search(ApiClient client, String words) {
        return client.get(F + "/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)).json();
    }

    private List<String> threadsFound(ApiClient client, String words) {
        return eventually(() -> Optional.of(ids(search(client, words), "threadId")).filter(found -> !found.isEmpty()));
    }

    @Test
    void accentsAndPluralsAreFolded() {
        assertThat(threadsFound(referentA, "etude")).contains(threadId);
        assertThat(threadsFound(referentA, "reunion")).contains(threadId);
        JsonNode hit = search(referentA, "réunions").get(0);
        assertThat(hit.path("textExtract").asText()).contains("<mark>réunion</mark>");
        assertThat(hit.path("spaceTitle").asText()).isEqualTo("Groupe de travail du forum");
    }

    @Test
    void anAuthorsNameFindsTheirPosts() {
        List<String> found = threadsFound(referentA, "Béatrice Roux");

        assertThat(found).contains(threadId);
        assertThat(search(referentA, "beatrice").findValuesAsText("authorName")).contains("Béatrice Roux");
    }

    @Test
    void nothingOfASpaceOneIsNotInIsFound() {
        assertThat(threadsFound(world.signedIn(MEMBER_HDF), "réservée")).contains(themeThread);

        assertThat(ids(search(referentA, "réservée"), "threadId")).doesNotContain(themeThread);
        assertThat(search(referentA, "réunion").toString()).doesNotContain("ne voit pas");
        assertThat(world.signedIn(ADMIN_BZH).get(F + "/search?q=reunion").status()).isEqualTo(404);
    }

    @Test
    void theSearchPageShowsMarkedExtracts() {
        threadsFound(referentA, "territorial");

        String page = referentA.getPage("/cooperations/hauts-de-france/forum/recherche?q=territorial").body();

        assertThat(page).contains("<mark>territorial</mark>", "Études de l&#39;observatoire");
    }
}
