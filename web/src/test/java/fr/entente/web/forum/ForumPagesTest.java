package fr.entente.web.forum;

import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.entente.web.forum.ForumCorner.*;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forum's pages as a browser without JavaScript uses them, on the running hub: the spaces, a space, a thread
 * started through its form, a reply quoting a post, an edit whose history shows, a deletion that leaves "message
 * supprimé"; a refused form says why next to it and stores nothing; HTML typed in a post shows as text; people outside
 * the space get the 404 page; the pages speak English too.
 */
@ExtendWith(SharedApiWorld.class)
class ForumPagesTest {

    private static final String FORUM = "/cooperations/" + HDF + "/forum";
    private static final String SPACE_PAGE = FORUM + "/espaces/" + SPACE;
    private static final Pattern THREAD_ADDRESS = Pattern.compile(FORUM + "/fils/([0-9a-f-]+)");

    private ApiWorld world;
    private ApiClient referentA;
    private ApiClient referentB;

    @BeforeEach
    void seat(ApiWorld world) {
        ForumCorner.seat(world);
        this.world = world;
        referentA = world.signedIn(REFERENT_A);
        referentB = world.signedIn(REFERENT_B);
    }

    @Test
    void theForumPageListsTheSpacesOfThePerson() {
        Response page = referentA.getPage(FORUM);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Vos espaces", "Groupe de travail du forum", "Espace d’instance");
        assertThat(referentA.getPage("/").body()).contains("href=\"" + FORUM + "\"");
    }

    @Test
    void aThreadStartedRepliedEditedAndDeletedThroughThePages() {
        Response started = referentA.form(SPACE_PAGE + "/fils", Map.of("title", "Baromètre RH 2026",
                "text", "Premiers **résultats** du baromètre.\n\n| Centre | Taux |\n|---|---|\n| 59 | 92 % |"), "text/html");
        assertThat(started.status()).as(started.toString()).isEqualTo(302);
        Matcher address = THREAD_ADDRESS.matcher(started.location());
        assertThat(address.find()).as(started.location()).isTrue();
        String thread = FORUM + "/fils/" + address.group(1);

        String page = referentA.getPage(thread).body();
        assertThat(page).contains("Baromètre RH 2026", "La discussion est publiée.", "<strong>résultats</strong>",
                                  "<td>92 %</td>");
        String firstPost = postIdIn(page);

        Response replied = referentB.form(thread + "/messages", Map.of("text", "Merci ! <script>alert('x')</script>",
                "replyToPostId", firstPost, "quotedPostId", firstPost), "text/html");
        assertThat(replied.status()).isEqualTo(302);
        String afterReply = referentB.getPage(thread).body();
        assertThat(afterReply).contains("Votre message est publié.", "en réponse à Arnaud Dupuis", "Arnaud Dupuis a écrit :",
                                        "&lt;script&gt;alert(");
        assertThat(afterReply).doesNotContain("<script>alert(");

        Response edited = referentA.form(thread + "/messages/" + firstPost, Map.of("text", "Résultats **définitifs**."), "text/html");
        assertThat(edited.status()).isEqualTo(302);
        String afterEdit = referentA.getPage(thread).body();
        assertThat(afterEdit).contains("modifié", "Historique (2 versions)", "<strong>définitifs</strong>",
                                       "<strong>résultats</strong>");

        Response deleted = referentA.form(thread + "/messages/" + firstPost + "/suppression", Map.of(), "text/html");
        assertThat(deleted.status()).isEqualTo(302);
        String afterDelete = pageWhen(referentB, thread, "Message supprimé par");
        assertThat(afterDelete).contains("Message supprimé par Arnaud Dupuis", "Le message cité a été supprimé.");
        assertThat(afterDelete).doesNotContain("définitifs", "<td>92 %</td>");
    }

    @Test
    void aThreadStartedFromItsFormIsAboutADecisionOfTheBodyAndLinksToIt() {
        String decisionId = "decision-page-" + java.util.UUID.randomUUID();
        world.asSystem(HDF, new fr.entente.decision.api.OpenDecisionCommand(
                decisionId, HDF, BODY, "Adopter la méthode du baromètre ?", null, java.util.List.of(),
                new fr.entente.decision.api.Concern(fr.entente.decision.api.ConcernKind.STUDY, "barometre"), null, null,
                fr.entente.decision.api.DecisionMode.LIVE, null, null, false));
        String space = pageWhen(referentA, SPACE_PAGE, decisionId);
        assertThat(space).contains("id=\"fil-decision\"", "Décision concernée (facultatif)", "Adopter la méthode du baromètre ?");

        Response started = referentA.form(SPACE_PAGE + "/fils", Map.of("title", "Méthode du baromètre",
                "text", "Vos avis avant le vote ?", "decisionId", decisionId), "text/html");
        assertThat(started.status()).as(started.toString()).isEqualTo(302);
        Matcher address = THREAD_ADDRESS.matcher(started.location());
        assertThat(address.find()).as(started.location()).isTrue();

        String page = pageWhen(referentB, FORUM + "/fils/" + address.group(1), "decision-liee");
        assertThat(page).contains("À propos de la décision :", "href=\"/cooperations/" + HDF + "/decisions/" + decisionId + "\"",
                                  "Adopter la méthode du baromètre ?");

        String decision = referentB.getPage("/cooperations/" + HDF + "/decisions/" + decisionId).body();
        assertThat(decision).contains("Discussions du forum", "Méthode du baromètre",
                                      "href=\"" + FORUM + "/fils/" + address.group(1) + "\"", "1 message");
        assertThat(world.signedIn(ADMIN_HDF).getPage("/cooperations/" + HDF + "/decisions/" + decisionId).body())
                .as("an administrator outside the space sees the decision, not the thread").doesNotContain("Méthode du baromètre");
    }

    @Test
    void anEmptyReplyIsRefusedNextToItsFormAndNothingStored() {
        String threadId = startThread(referentA, "Réponse vide", "Texte.");
        String thread = FORUM + "/fils/" + threadId;
        long before = world.eventCount();

        Response refused = referentB.form(thread + "/messages", Map.of("text", "   "), "text/html");

        assertThat(refused.status()).isEqualTo(302);
        assertThat(world.eventCount()).isEqualTo(before);
        String page = referentB.getPage(thread).body();
        assertThat(page).contains("Le formulaire n’a pas été enregistré", "Le message est vide");
    }

    @Test
    void aTitleWithMarkupIsRefusedAndWhatWasTypedIsKept() {
        long before = world.eventCount();

        referentA.form(SPACE_PAGE + "/fils", Map.of("title", "<b>Titre</b>", "text", "Le texte tapé reste."), "text/html");

        assertThat(world.eventCount()).isEqualTo(before);
        String page = referentA.getPage(SPACE_PAGE).body();
        assertThat(page).contains("sans balise", "Le texte tapé reste.");
        assertThat(page).doesNotContain("<b>Titre</b>");
    }

    @Test
    void aLockedThreadOffersNoReplyForm() {
        String threadId = startThread(referentA, "Bientôt verrouillée", "Texte.");
        ApiClient officer = world.signedIn(OFFICER);
        assertThat(officer.form(FORUM + "/fils/" + threadId + "/verrou", Map.of("locked", "oui"), "text/html").status())
                .isEqualTo(302);

        String page = pageWhen(referentB, FORUM + "/fils/" + threadId, "Cette discussion est verrouillée");

        assertThat(page).contains("Cette discussion est verrouillée", "Verrouillée");
        assertThat(page).doesNotContain("id=\"envoyer-reponse\"");
    }

    @Test
    void peopleOutsideTheSpaceGetThe404Page() {
        String threadId = startThread(referentA, "Réservée au groupe", "Texte réservé.");

        Response outsider = world.signedIn(MEMBER_HDF).getPage(FORUM + "/fils/" + threadId);
        Response breton = world.signedIn(ADMIN_BZH).getPage(FORUM + "/fils/" + threadId);
        Response bretonSpace = world.signedIn(ADMIN_BZH).getPage(SPACE_PAGE);

        assertThat(outsider.status()).isEqualTo(404);
        assertThat(breton.status()).isEqualTo(404);
        assertThat(bretonSpace.status()).isEqualTo(404);
        assertThat(outsider.body() + breton.body()).doesNotContain("Texte réservé", "Réservée au groupe");
    }

    @Test
    void thePagesSpeakEnglish() {
        ApiClient english = world.signedIn(REFERENT_A).choosingLanguage("en");

        String page = english.getPage(SPACE_PAGE).body();

        assertThat(page).contains("Threads", "Start a thread", "Members");
    }

    /** The page once it shows this text: another person's change reaches their pages a moment later. */
    private static String pageWhen(ApiClient reader, String path, String text) {
        return ApiWorld.eventually(() -> java.util.Optional.of(reader.getPage(path).body()).filter(body -> body.contains(text)));
    }

    private static String postIdIn(String page) {
        Matcher post = Pattern.compile("id=\"message-([0-9a-f-]+)\"").matcher(page);
        assertThat(post.find()).isTrue();
        return post.group(1);
    }
}
