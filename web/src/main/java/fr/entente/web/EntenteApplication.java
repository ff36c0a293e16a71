package fr.entente.web;

import fr.entente.web.audit.VerifyLogCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.Arrays;

@SpringBootApplication(scanBasePackages = "fr.entente")
@EnableScheduling
public class EntenteApplication {

    public static void main(String[] args) {
        // The hub runs without Axon Server and calls no outside host: no update check, no console advertisement.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        if (args.length > 0 && VerifyLogCommandLine.COMMAND.equals(args[0])) {
            System.exit(VerifyLogCommandLine.run(Arrays.copyOfRange(args, 1, args.length), System.getenv(), System.out));
        }
        SpringApplication.run(EntenteApplication.class, args);
    }
}
