package fr.entente.web.config;

import fr.entente.infra.mongo.MongoStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells, once the hub is up, where its data lives and which address to open. */
@Component
public class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final MongoStore store;

    StartupReport(MongoStore store) {
        this.store = store;
    }

    @EventListener
    void onReady(ApplicationReadyEvent ready) {
        String address = ready.getApplicationContext() instanceof WebServerApplicationContext web
                         ? "http://localhost:" + web.getWebServer().getPort()
                         : "(no web server)";
        log.info("Entente is up at {} - data: {}", address, store.description());
    }
}
