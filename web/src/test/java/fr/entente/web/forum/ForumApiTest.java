package fr.entente.web.forum;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.decision.api.Concern;
import fr.entente.decision.api.ConcernKind;
import fr.entente.decision.api.DecisionMode;
import fr.entente.decision.api.OpenDecisionCommand;
import fr.entente.decision.query.DecisionView;
import fr.entente.decision.query.FindDecisionQuery;
import fr.entente.forum.api.ForumLimits;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static fr.entente.web.forum.ForumCorner.*;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.BZH;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Threads and posts through the REST API of the running hub: start, reply and quote, edit with its history, delete
 * ("message supprimé", the text gone from the read model), react, pin, lock and move; and every bad input of the
 * issue answered with problem details naming the field, nothing stored.
 */
@ExtendWith(SharedApiWorld.class)
class ForumApiTest {

    private ApiWorld world;
    private ApiClient officer;
    private ApiClient referentA;
    private ApiClient referentB;

    @BeforeEach
    void seat(ApiWorld world) {
        ForumCorner.seat(world);
        this.world = world;
        officer = world.signedIn(OFFICER);
        referentA = world.signedIn(REFERENT_A);
        referentB = world.signedIn(REFERENT_B);
    }

    @Test
    void theBodysSpaceIsListedForItsMembersWithTheirRole() {
        Response spaces = referentA.get(F + "/spaces");

        assertThat(spaces.status()).isEqualTo(200);
        JsonNode space = null;
        for (JsonNode candidate : spaces.json()) {
            if (candidate.path("spaceId").asText().equals(SPACE)) {
                space = candidate;
            }
        }
        assertThat(space).as(spaces.toString()).isNotNull();
        assertThat(space.path("title").asText()).isEqualTo("Groupe de travail du forum");
        assertThat(space.path("kind").asText()).isEqualTo("BODY");
        assertThat(space.path("yourRole").asText()).isEqualTo("MEMBER");
    }

    @Test
    void aThreadWithAReplyQuotingTheFirstPostShowsBothInOrder() {
        String threadId = startThread(referentA, "Calendrier de collecte des RSU", "La collecte ouvre le **2 février**.");
        String first = threadWhen(referentA, threadId, thread -> thread.path("posts").size() == 1)
                .path("posts").get(0).path("postId").asText();

        Response reply = referentB.post(F + "/threads/" + threadId + "/posts",
                                        json("text", "Merci, je relaie.", "replyToPostId", first, "quotedPostId", first));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

        JsonNode thread = threadWhen(referentB, threadId, found -> found.path("posts").size() == 2);
        assertThat(thread.path("title").asText()).isEqualTo("Calendrier de collecte des RSU");
        assertThat(thread.path("authorName").asText()).isEqualTo("Arnaud Dupuis");
        assertThat(thread.path("posts").get(0).path("html").asText()).contains("<strong>2 février</strong>");
        JsonNode second = thread.path("posts").get(1);
        assertThat(second.path("authorName").asText()).isEqualTo("Béatrice Roux");
        assertThat(second.path("replyToAuthorName").asText()).isEqualTo("Arnaud Dupuis");
        assertThat(second.path("quote").path("html").asText()).contains("<strong>2 février</strong>");
    }

    @Test
    void anEditKeepsTheEarlierVersionsForEveryMemberToSee() {
        String threadId = startThread(referentA, "Enquête flash", "Date limite : 15 mars.");
        String postId = threadWhen(referentA, threadId, thread -> true).path("posts").get(0).path("postId").asText();

        Response edited = referentA.put(F + "/threads/" + threadId + "/posts/" + postId, json("text", "Date limite : 22 mars."));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(204);

        JsonNode post = post(threadWhen(referentB, threadId, thread -> thread.path("posts").get(0).path("edited").asBoolean()),
                             postId);
        assertThat(post.path("text").asText()).isEqualTo("Date limite : 22 mars.");
        assertThat(ids(post.path("versions"), "text")).containsExactly("Date limite : 15 mars.", "Date limite : 22 mars.");
    }

    @Test
    void aDeletedPostLeavesAMarkAndNoText() {
        String threadId = startThread(referentA, "Message à retirer", "Coordonnées personnelles par erreur.");
        String postId = threadWhen(referentA, threadId, thread -> true).path("posts").get(0).path("postId").asText();

        assertThat(officer.delete(F + "/threads/" + threadId + "/posts/" + postId).status()).isEqualTo(204);

        JsonNode post = post(threadWhen(referentB, threadId, thread -> thread.path("posts").get(0).path("deleted").asBoolean()),
                             postId);
        assertThat(post.path("text").isNull()).isTrue();
        assertThat(post.path("html").asText()).isEmpty();
        assertThat(post.path("versions")).isEmpty();
        assertThat(post.path("deletedByName").asText()).isEqualTo("Odette Forum");
        assertThat(referentB.get(F + "/threads/" + threadId).body()).doesNotContain("Coordonnées personnelles");
    }

    @Test
    void reactionsAreCountedOncePerPerson() {
        String threadId = startThread(referentA, "Réactions", "Bonne nouvelle.");
        String postId = threadWhen(referentA, threadId, thread -> true).path("posts").get(0).path("postId").asText();
        String reactions = F + "/threads/" + threadId + "/posts/" + postId + "/reactions/THANKS";

        assertThat(referentB.put(reactions, "").status()).isEqualTo(204);
        assertThat(referentB.put(reactions, "").status()).isEqualTo(204);
        assertThat(officer.put(reactions, "").status()).isEqualTo(204);

        JsonNode thanks = threadWhen(referentB, threadId,
                                     thread -> thread.path("posts").get(0).path("reactions").get(1).path("count").asInt() == 2)
                .path("posts").get(0).path("reactions").get(1);
        assertThat(thanks.path("reaction").asText()).isEqualTo("THANKS");
        assertThat(thanks.path("yours").asBoolean()).isTrue();
    }

    @Test
    void aModeratorPinsLocksAndNobodyWritesInALockedThread() {
        String threadId = startThread(referentA, "Ordre du jour de mars", "Propositions ?");
        assertThat(officer.put(F + "/threads/" + threadId + "/pinned", "{\"pinned\":true}").status()).isEqualTo(204);
        assertThat(officer.put(F + "/threads/" + threadId + "/locked", "{\"locked\":true}").status()).isEqualTo(204);
        threadWhen(referentA, threadId, thread -> thread.path("locked").asBoolean() && thread.path("pinned").asBoolean());
        long before = world.eventCount();

        refused(world, before, referentB.post(F + "/threads/" + threadId + "/posts", json("text", "Encore un mot")),
                409, "forum.thread-locked");
        JsonNode space = eventually(() -> Optional.of(referentA.get(F + "/spaces/" + SPACE).json())
                .filter(found -> found.path("threads").get(0).path("threadId").asText().equals(threadId)));
        assertThat(space.path("threads").get(0).path("pinned").asBoolean()).isTrue();
    }

    @Test
    void aMemberNeitherPinsNorLocks() {
        String threadId = startThread(referentA, "Pas de modération", "Texte.");
        long before = world.eventCount();

        refused(world, before, referentA.put(F + "/threads/" + threadId + "/locked", "{\"locked\":true}"),
                403, "forum.moderator-required-to-act");
    }

    @Test
    void anEmptyPostIsRefusedAndNothingStored() {
        String threadId = startThread(referentA, "Post vide", "Texte.");
        long before = world.eventCount();

        JsonNode problem = refused(world, before, referentB.post(F + "/threads/" + threadId + "/posts", json("text", "   ")),
                                   422, "forum.text-required");
        assertThat(problem.path("field").asText()).isEqualTo("text");
    }

    @Test
    void aPostOverTheLimitIsRefusedAndNothingStored() {
        String threadId = startThread(referentA, "Post trop long", "Texte.");
        long before = world.eventCount();

        JsonNode problem = refused(world, before, referentB.post(F + "/threads/" + threadId + "/posts",
                                                                 json("text", "x".repeat(ForumLimits.POST + 1))),
                                   422, "forum.text-too-long");
        assertThat(problem.path("detail").asText()).contains("50");
    }

    @Test
    void aTitleWithScriptIsRefused() {
        long before = world.eventCount();

        JsonNode problem = refused(world, before, referentA.post(F + "/spaces/" + SPACE + "/threads",
                                                                 json("title", "<script>alert(1)</script>", "text", "x")),
                                   422, "forum.title-markup");
        assertThat(problem.path("field").asText()).isEqualTo("title");
    }

    @Test
    void htmlAndScriptInAPostAreShownAsTextNeverRun() {
        String threadId = startThread(referentA, "Du HTML",
                                      "<script>alert('x')</script><img src=x onerror=alert(1)> [lien](javascript:alert(1))");

        JsonNode post = threadWhen(referentB, threadId, thread -> true).path("posts").get(0);
        String html = post.path("html").asText();
        assertThat(html).doesNotContain("<script", "<img", "href=\"javascript", "onerror=\"");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void nobodyEditsOrDeletesSomeoneElsesPostButAModerator() {
        String threadId = startThread(referentA, "Le mien", "Mon texte.");
        String postId = threadWhen(referentA, threadId, thread -> true).path("posts").get(0).path("postId").asText();
        String path = F + "/threads/" + threadId + "/posts/" + postId;
        long before = world.eventCount();

        refused(world, before, referentB.put(path, json("text", "Réécrit")), 403, "forum.author-or-moderator-required");
        refused(world, before, referentB.delete(path), 403, "forum.author-or-moderator-required");
        assertThat(officer.put(path, json("text", "Corrigé par la modération")).status()).isEqualTo(204);
    }

    @Test
    void aThreadLinksToAMeetingOfTheCooperationOnly() {
        long before = world.eventCount();

        refused(world, before, referentA.post(F + "/spaces/" + SPACE + "/threads",
                                              json("title", "Réunion", "text", "x", "meetingId", "reunion-inconnue")),
                404, "forum.meeting-not-in-cooperation");
    }

    @Test
    void aThreadAboutADecisionOfTheCooperationLinksToItOnItsPage() {
        String decisionId = "decision-forum-" + UUID.randomUUID();
        world.asSystem(HDF, new OpenDecisionCommand(decisionId, HDF, BODY, "Valider le calendrier de l'enquête flash ?",
                                                    "Le calendrier est dans le fil du forum.", List.of(),
                                                    new Concern(ConcernKind.STUDY, "enquete-flash-absenteisme"), null,
                                                    null, DecisionMode.LIVE, null, null, false));
        eventually(() -> world.bean(QueryGateway.class).query(new FindDecisionQuery(decisionId),
                                                              ResponseTypes.optionalInstanceOf(DecisionView.class)).join());

        Response started = referentA.post(F + "/spaces/" + SPACE + "/threads",
                                          json("title", "Calendrier de l'enquête flash", "text", "Qu'en pensez-vous ?",
                                               "decisionId", decisionId));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String threadId = started.json().path("threadId").asText();

        JsonNode thread = threadWhen(referentB, threadId, found -> found.path("posts").size() > 0);
        assertThat(thread.path("decision").path("decisionId").asText()).isEqualTo(decisionId);
        assertThat(thread.path("decision").path("question").asText()).isEqualTo("Valider le calendrier de l'enquête flash ?");
        String page = referentB.getPage("/cooperations/" + HDF + "/forum/fils/" + threadId).body();
        assertThat(page).contains("id=\"decision-liee\"", "/cooperations/" + HDF + "/decisions/" + decisionId,
                                  "calendrier de l&#39;enquête flash");
    }

    @Test
    void aThreadLinksToADecisionOfTheCooperationOnly() {
        String bzhBody = "instance-bzh-" + UUID.randomUUID();
        String bzhDecision = "decision-bzh-" + UUID.randomUUID();
        world.asSystem(BZH, new CreateBodyCommand(BZH, bzhBody, BodyKind.TECHNICAL_COMMITTEE, null));
        world.asSystem(BZH, new AddBodyMemberCommand(BZH, bzhBody, ADMIN_BZH.personId(), BodyRole.MEMBER));
        // the decision's command side reads the directory's read models, a moment behind the log
        eventually(() -> world.bean(QueryGateway.class).query(new FindBodyQuery(BZH, bzhBody),
                                                              ResponseTypes.optionalInstanceOf(BodyView.class)).join()
                              .filter(body -> !body.members().isEmpty()));
        world.asSystem(BZH, new OpenDecisionCommand(bzhDecision, BZH, bzhBody, "Une question de Bretagne ?", null, List.of(),
                                                    new Concern(ConcernKind.ROADMAP, null), null, null, DecisionMode.LIVE,
                                                    null, null, false));
        eventually(() -> world.bean(QueryGateway.class).query(new FindDecisionQuery(bzhDecision),
                                                              ResponseTypes.optionalInstanceOf(DecisionView.class)).join());
        long before = world.eventCount();

        refused(world, before, referentA.post(F + "/spaces/" + SPACE + "/threads",
                                              json("title", "Décision", "text", "x", "decisionId", bzhDecision)),
                404, "forum.decision-not-in-cooperation");
        JsonNode problem = refused(world, before, referentA.post(F + "/spaces/" + SPACE + "/threads",
                                                                 json("title", "Décision", "text", "x", "decisionId", "inconnue")),
                                   404, "forum.decision-not-in-cooperation");
        assertThat(problem.path("field").asText()).isEqualTo("decisionId");
    }

    @Test
    void unknownFieldsAreRefused() {
        long before = world.eventCount();

        Response response = referentA.post(F + "/spaces/" + SPACE + "/threads", "{\"title\":\"t\",\"text\":\"x\",\"html\":\"<b>\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(world.eventCount()).isEqualTo(before);
    }
}
