package fr.entente.web.security;

import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;

import java.util.List;
import java.util.Map;

import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static fr.entente.web.testing.ApiWorld.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous requests cost the hub no session, whatever they ask (pages that send them to sign in, the sign-in page, a
 * failed sign-in, the API, static files, health): counted by the servlet container's own session manager.
 */
@ExtendWith(SharedApiWorld.class)
class AnonymousSessionsTest {

    private static final List<String> PAGES = List.of("/", "/connexion", "/connexion?erreur", "/cooperations/hauts-de-france",
                                                      "/invitation/no-such-token", "/calendrier/no-such-token.ics",
                                                      "/css/entente.css", "/no-such-page");
    private static final List<String> API = List.of("/api/me", "/api/csrf", "/actuator/health", "/api/cooperations/x");

    @Test
    void createsNoSessionForThreeThousandAnonymousRequests(ApiWorld world) {
        Manager sessions = sessionManager(world);
        long before = sessions.getSessionCounter();

        for (int request = 0; request < 3_000; request++) {
            ApiClient anonymous = new ApiClient(world.port());
            if (request % 2 == 0) {
                anonymous.getPage(PAGES.get(request / 2 % PAGES.size()));
            } else {
                anonymous.get(API.get(request / 2 % API.size()));
            }
        }
        new ApiClient(world.port()).form("/connexion", Map.of("username", "nobody", "password", "wrong"), "text/html");

        assertThat(sessions.getSessionCounter() - before).as("sessions created").isZero();
        ApiClient.signedIn(world.port(), MEMBER_HDF.username(), PASSWORD);
        assertThat(sessions.getSessionCounter() - before).as("a sign-in creates its session").isEqualTo(1);
    }

    private static Manager sessionManager(ApiWorld world) {
        TomcatWebServer tomcat = (TomcatWebServer) world.hub().webServer();
        return ((Context) tomcat.getTomcat().getHost().findChildren()[0]).getManager();
    }
}
