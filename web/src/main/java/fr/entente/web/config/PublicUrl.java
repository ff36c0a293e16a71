package fr.entente.web.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people open the hub at, for the links it writes (invitations, e-mails, calendar entries):
 * {@code entente.public-url} where set (production); else, while answering a request, the address that request
 * came to; else (an e-mail sent by an event processor) this machine's address and port.
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
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        }
        return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }

    public String meetingPage(String cooperationId, String meetingId) {
        return base() + "/cooperations/" + cooperationId + "/reunions/" + meetingId;
    }
}
