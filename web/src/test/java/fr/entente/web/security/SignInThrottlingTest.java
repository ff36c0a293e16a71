package fr.entente.web.security;

import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.testing.FromAddress;
import fr.entente.web.testing.FromAddress.Answer;
import fr.entente.web.testing.RunningHub;
import fr.entente.web.security.support.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed sign-ins slow down where they come from, never the person guessed at: someone guessing a username from one
 * address is locked out, while its owner, from another address, signs in; an address that tries many usernames is
 * locked out for all of them, and no other address is. Each client signs in from a loopback address of its own.
 */
class SignInThrottlingTest {

    private static final String PASSWORD = "mot de passe des tests 2026";

    @TempDir
    static Path data;
    private static RunningHub hub;

    @BeforeAll
    static void start() {
        hub = RunningHub.start(data, RunningHub.freshDatabaseName(), context -> { },
                               List.of("--entente.security.max-failed-sign-ins-per-address=8"));
        Directory.cooperationWithPeople(hub, "cible", "voisin", "autre");
        PersonAccounts accounts = hub.bean(PersonAccounts.class);
        accounts.createActiveAccount("person-cible", "cible", "Compte Visé", "cible@cdg59.fr", PASSWORD);
        accounts.createActiveAccount("person-voisin", "voisin", "Voisin", "voisin@cdg59.fr", PASSWORD);
        accounts.createActiveAccount("person-autre", "autre", "Autre", "autre@cdg59.fr", PASSWORD);
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void slowsTheGuesserButNeverTheOwnerFromAnotherAddress() {
        FromAddress attacker = new FromAddress(hub.port(), "127.0.0.2");
        FromAddress owner = new FromAddress(hub.port(), "127.0.0.3");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(attacker.signIn("cible", "devinette " + attempt).status()).isEqualTo(401);
        }

        Answer attackerAgain = attacker.signIn("cible", PASSWORD);
        Answer ownerSignsIn = owner.signIn("cible", PASSWORD);

        assertThat(attackerAgain.status()).as("the guessing address, even with the right password").isEqualTo(429);
        assertThat(attackerAgain.body().path("code").asText()).isEqualTo("sign-in.throttled");
        assertThat(ownerSignsIn.status()).as("the owner, from another address").isEqualTo(200);
        assertThat(attacker.signIn("voisin", PASSWORD).status())
                .as("another username from the guessing address, below the address's limit").isEqualTo(200);
    }

    @Test
    void slowsAnAddressThatTriesManyUsernamesAndNoOtherAddress() {
        FromAddress sprayer = new FromAddress(hub.port(), "127.0.0.4");
        for (int attempt = 1; attempt <= 8; attempt++) {
            assertThat(sprayer.signIn("personne-" + attempt, "devinette").status()).isEqualTo(401);
        }

        assertThat(sprayer.signIn("autre", PASSWORD).status()).as("any username from that address").isEqualTo(429);
        assertThat(new FromAddress(hub.port(), "127.0.0.5").signIn("autre", PASSWORD).status())
                .as("the same username from another address").isEqualTo(200);
    }
}
