package fr.entente.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication(scanBasePackages = "fr.entente")
@EnableScheduling
public class EntenteApplication {

    public static void main(String[] args) {
        // The hub runs without Axon Server and calls no outside host: no update check, no console advertisement.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(EntenteApplication.class, args);
    }
}
