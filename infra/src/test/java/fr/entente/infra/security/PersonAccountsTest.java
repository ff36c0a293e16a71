package fr.entente.infra.security;

import com.mongodb.client.MongoDatabase;
import fr.entente.testing.TestMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code people} collection on the hub's store. */
class PersonAccountsTest {

    private static final String PASSWORD = "un mot de passe assez long";
    private static final Duration A_WEEK = Duration.ofDays(7);

    private static TestMongo mongo;

    private final MovableClock clock = new MovableClock();
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
    private MongoDatabase database;
    private PersonAccounts accounts;

    @BeforeAll
    static void startStore() {
        mongo = TestMongo.start();
    }

    @AfterAll
    static void stopStore() {
        mongo.close();
    }

    @BeforeEach
    void freshDatabase() {
        database = mongo.freshDatabase();
        accounts = new PersonAccounts(database, encoder, clock);
    }

    @Test
    void createsAnActiveAccountThatSignsInWhateverTheCaseOfItsUsername() {
        accounts.createActiveAccount("p-1", "Claire.Martin", "Claire Martin", "Claire.Martin@cdg59.fr", PASSWORD);

        PersonPrincipal principal = (PersonPrincipal) new PeopleUserDetailsService(accounts).loadUserByUsername("CLAIRE.martin");
        assertThat(principal.personId()).isEqualTo("p-1");
        assertThat(encoder.matches(PASSWORD, principal.getPassword())).isTrue();
        Document stored = database.getCollection(PersonAccounts.COLLECTION).find().first();
        assertThat(stored.getString("email")).isEqualTo("claire.martin@cdg59.fr");
        assertThat(stored.getString("passwordHash")).startsWith("$2a$").doesNotContain(PASSWORD);
    }

    @Test
    void creatingTheSameAccountAgainChangesNothing() {
        accounts.createActiveAccount("p-1", "claire", "Claire Martin", "claire@cdg59.fr", PASSWORD);
        PersonAccount again = accounts.createActiveAccount("p-1", "claire", "Claire Martin", "claire@cdg59.fr", "another password");

        assertThat(again.username()).isEqualTo("claire");
        assertThat(database.getCollection(PersonAccounts.COLLECTION).countDocuments()).isEqualTo(1);
        assertThat(encoder.matches(PASSWORD, accounts.principalOf("claire").orElseThrow().getPassword())).isTrue();
    }

    @Test
    void refusesAUsernameOrAnEmailThatAnotherPersonHas() {
        accounts.createActiveAccount("p-1", "claire", "Claire Martin", "claire@cdg59.fr", PASSWORD);

        assertThatThrownBy(() -> accounts.createActiveAccount("p-2", "CLAIRE", "Claire Autre", "autre@cdg60.fr", PASSWORD))
                .isInstanceOfSatisfying(AccountConflictException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> accounts.invite("p-3", "claire2", "Claire Autre", "Claire@CDG59.fr", "p-1", A_WEEK))
                .isInstanceOfSatisfying(AccountConflictException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(database.getCollection(PersonAccounts.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void anInvitedPersonCannotSignInUntilTheySetTheirPasswordOnce() {
        IssuedInvitation invitation = accounts.invite("p-2", "marc", "Marc Petit", "marc@cdg60.fr", "p-1", A_WEEK);
        assertThatThrownBy(() -> new PeopleUserDetailsService(accounts).loadUserByUsername("marc"))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThat(accounts.invitationOf(invitation.token())).isPresent();

        assertThat(accounts.acceptInvitation(invitation.token(), PASSWORD)).get()
                .satisfies(account -> assertThat(account.personId()).isEqualTo("p-2"));

        assertThat(encoder.matches(PASSWORD, accounts.principalOf("marc").orElseThrow().getPassword())).isTrue();
        assertThat(accounts.acceptInvitation(invitation.token(), "a password of an attacker")).as("used once").isEmpty();
        assertThat(accounts.invitationOf(invitation.token())).isEmpty();
    }

    @Test
    void keepsOnlyTheHashOfTheInvitationToken() {
        IssuedInvitation invitation = accounts.invite("p-2", "marc", "Marc Petit", "marc@cdg60.fr", "p-1", A_WEEK);

        String stored = database.getCollection(PersonAccounts.COLLECTION).find().first().toJson();
        assertThat(invitation.token()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(stored).doesNotContain(invitation.token()).contains(InvitationTokens.hashOf(invitation.token()));
    }

    @Test
    void refusesAnExpiredInvitation() {
        IssuedInvitation invitation = accounts.invite("p-2", "marc", "Marc Petit", "marc@cdg60.fr", "p-1", A_WEEK);
        clock.advance(A_WEEK.plusSeconds(1));

        assertThat(accounts.acceptInvitation(invitation.token(), PASSWORD)).isEmpty();
        assertThat(accounts.principalOf("marc")).isEmpty();
    }

    @Test
    void changesThePasswordOnlyWithTheCurrentOne() {
        accounts.createActiveAccount("p-1", "claire", "Claire Martin", "claire@cdg59.fr", PASSWORD);

        assertThat(accounts.changePassword("p-1", "not the password", "a brand new password")).isFalse();
        assertThat(accounts.changePassword("p-1", PASSWORD, "a brand new password")).isTrue();

        assertThat(encoder.matches("a brand new password", accounts.principalOf("claire").orElseThrow().getPassword())).isTrue();
    }

    @Test
    void givesDisplayNamesOfPeopleWithAnAccount() {
        accounts.createActiveAccount("p-1", "claire", "Claire Martin", "claire@cdg59.fr", PASSWORD);

        assertThat(accounts.displayNames(java.util.List.of("p-1", "p-erased"))).containsExactly(java.util.Map.entry("p-1", "Claire Martin"));
    }
}
