package fr.entente.web.pages;

import fr.entente.web.testing.RunningHub;
import fr.entente.web.testing.SignedInSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages, through the running hub with its demo data, as a browser without JavaScript gets them. */
class PagesTest {

    private static final String PASSWORD = "entente-demo-2026";

    @TempDir
    static Path data;

    private static RunningHub hub;
    private static SignedInSession referent;
    private static SignedInSession administrator;

    @BeforeAll
    static void start() throws Exception {
        hub = RunningHub.startWithDemoData(data, RunningHub.freshDatabaseName());
        referent = SignedInSession.signIn(hub.port(), "referent.59", PASSWORD);
        administrator = SignedInSession.signIn(hub.port(), "admin.hdf", PASSWORD);
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void homePageListsTheBodiesAndRolesInFrench() throws Exception {
        HttpResponse<String> home = referent.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<html lang=\"fr\"", "Bonjour Référent·e du Nord (CDG 59)",
                                         "Centre de Gestion du Nord", "Groupe de travail de l", "— groupe de travail, animateur·rice",
                                         "aria-live=\"polite\"", "Se déconnecter", "name=\"_csrf\"", "<main", "<nav", "<footer");
    }

    @Test
    void englishIsChosenByTheSwitchAndKept() throws Exception {
        HttpResponse<String> english = referent.get("/?lang=en");
        HttpResponse<String> next = referent.get("/cooperations/hauts-de-france");

        assertThat(english.body()).contains("<html lang=\"en\"", "Hello Référent·e du Nord", "working group, convenor", "Français");
        assertThat(next.body()).contains("Member centres");
        referent.get("/?lang=fr");
    }

    @Test
    void directoryPageShowsCentresBodiesAndMembers() throws Exception {
        HttpResponse<String> directory = referent.get("/cooperations/hauts-de-france");

        assertThat(directory.statusCode()).isEqualTo(200);
        assertThat(directory.body()).contains("Centres de gestion membres", "centre coordonnateur",
                                              "Comité technique (CODIR)", "Directeur·rice du CDG 59", "animateur·rice",
                                              "Chargé·e de mission de l", "chargé·e de mission");
    }

    @Test
    void anotherCooperationIsNotFound() throws Exception {
        HttpResponse<String> other = referent.get("/cooperations/pays-de-la-loire");
        HttpResponse<String> none = referent.get("/cooperations/nulle-part/administration");

        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("Page introuvable").doesNotContain("Pays de la Loire");
        assertThat(none.statusCode()).isEqualTo(404);
    }

    @Test
    void administrationIsForAdministratorsOnly() throws Exception {
        HttpResponse<String> refused = referent.get("/cooperations/hauts-de-france/administration");
        HttpResponse<String> page = administrator.get("/cooperations/hauts-de-france/administration");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Accès réservé");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ajouter une personne à une instance", "Inviter une personne",
                                         "Référent·e du Nord (CDG 59)", "Centre de Gestion de l&#39;Aisne");
    }

    @Test
    void theStompClientIsServedFromItsWebJar() throws Exception {
        assertThat(referent.get("/webjars/stomp__stompjs/7.0.0/bundles/stomp.umd.min.js").statusCode()).isEqualTo(200);
        assertThat(referent.get("/js/accueil.js").statusCode()).isEqualTo(200);
    }
}
