package fr.entente.web.meeting;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address people open the hub at, for links written outside a request (e-mails, calendar entries):
 * {@code entente.public-url} where set (production), else this machine's address and port.
 */
@Component
public class PublicUrl {

    private final String configured;
    private final Environment environment;

    PublicUrl(@Value("${entente.public-url:}") String configured, Environment environment) {
        this.configured = configured.replaceAll("/+$", "");
        this.environment = environment;
    }

    public String base() {
        if (!configured.isBlank()) {
            return configured;
        }
        return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }

    public String meetingPage(String cooperationId, String meetingId) {
        return base() + "/cooperations/" + cooperationId + "/reunions/" + meetingId;
    }
}
