package fr.entente.web.forum;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.forum.api.SpaceRoster;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Optional;

import static fr.entente.web.forum.ForumCorner.*;
import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.PASSWORD;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure (issue 12's {@code PersonErasedEvent}) reaches the forum through the running hub: an erased person's posts
 * lose their text and history in the threads' read model ("message effacé" on the page) and leave the search index;
 * the others' posts, and the events in the log, stay.
 */
@ExtendWith(SharedApiWorld.class)
class ForumErasureTest {

    private static final String PERSON = "person-forum-effacee";
    private static final String USERNAME = "effacee.forum";

    @Test
    void anErasedPersonsPostsAreRedactedInTheThreadsAndTheIndex(ApiWorld world) {
        ForumCorner.seat(world);
        world.asSystem(HDF, new RegisterPersonCommand(HDF, PERSON, "cdg-59"));
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, BODY, PERSON, BodyRole.MEMBER));
        world.bean(PersonAccounts.class).createActiveAccount(PERSON, USERNAME, "Estelle Effacée", "effacee@example.fr", PASSWORD);
        eventually(() -> world.bean(SpaceRoster.class).roleOf(HDF, SPACE, PERSON));
        ApiClient person = ApiClient.signedIn(world.port(), USERNAME, PASSWORD);
        ApiClient other = world.signedIn(REFERENT_B);

        String threadId = startThread(person, "Pyramide des âges du Nord", "Les chiffres zygomorphes de la pyramide.");
        String reply = write(other, threadId, "Merci, je compare avec l'Oise.");
        String again = write(person, threadId, "Précision xylophagique sur les contractuels.");
        threadWhen(other, threadId, thread -> thread.path("posts").size() == 3);
        eventually(() -> Optional.of(other.get(F + "/search?q=zygomorphes").json()).filter(found -> found.toString().contains(threadId)));
        long eventsOfThread = eventsOf(world, threadId);

        Response erased = world.signedIn(ADMIN_HDF).post("/api/cooperations/" + HDF + "/people/" + PERSON + "/erasure", "");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);

        JsonNode thread = threadWhen(other, threadId, found -> found.path("posts").get(0).path("erased").asBoolean());
        for (JsonNode post : new JsonNode[] {thread.path("posts").get(0), post(thread, again)}) {
            assertThat(post.path("erased").asBoolean()).isTrue();
            assertThat(post.path("deleted").asBoolean()).isTrue();
            assertThat(post.path("text").isNull()).isTrue();
            assertThat(post.path("versions")).isEmpty();
        }
        assertThat(post(thread, reply).path("text").asText()).isEqualTo("Merci, je compare avec l'Oise.");
        assertThat(thread.toString()).doesNotContain("zygomorphes", "xylophagique");
        eventually(() -> Optional.of(other.get(F + "/search?q=zygomorphes%20xylophagique").json())
                                 .filter(found -> !found.toString().contains(threadId)));
        assertThat(other.get(F + "/search?q=compare").json().toString()).contains(reply);
        String page = other.getPage("/cooperations/" + HDF + "/forum/fils/" + threadId).body();
        assertThat(page).contains("Message effacé avec les données personnelles").doesNotContain("zygomorphes", "xylophagique");
        assertThat(eventsOf(world, threadId)).as("the events stay in the log").isEqualTo(eventsOfThread);
    }
}
