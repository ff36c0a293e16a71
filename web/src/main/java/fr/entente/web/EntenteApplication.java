package fr.entente.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "fr.entente")
public class EntenteApplication {

    public static void main(String[] args) {
        SpringApplication.run(EntenteApplication.class, args);
    }
}
