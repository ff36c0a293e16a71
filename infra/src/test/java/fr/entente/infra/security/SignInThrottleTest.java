package fr.entente.infra.security;

import com.mongodb.client.MongoDatabase;
import fr.entente.testing.TestMongo;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's counts on the hub's store ({@code throttle_failures}), shared by the nodes and kept over a restart. */
class SignInThrottleTest {

    private static final String ADDRESS = "192.0.2.10";

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    private final MovableClock clock = new MovableClock();
    private MongoDatabase database;
    private SignInThrottle throttle;

    @BeforeEach
    void freshDatabase() {
        database = mongo.freshDatabase();
        throttle = node();
    }

    /** A hub node's throttle on the shared store. */
    private SignInThrottle node() {
        return new SignInThrottle(database, "sign-in", 5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15), clock);
    }

    @Test
    void letsFourFailuresPassThenLocksTheUsernameAtThatAddressAtTheFifth() {
        failTimes("alice", ADDRESS, 4);
        assertThat(throttle.waitFor("alice", ADDRESS)).isEmpty();

        throttle.failed("alice", ADDRESS);

        assertThat(throttle.waitFor("ALICE ", ADDRESS)).as("the username at that address, whatever its case")
                                                       .contains(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("alice", "198.51.100.7")).as("its owner from another address").isEmpty();
        assertThat(throttle.waitFor("bob", ADDRESS)).as("another username from the same address").isEmpty();
    }

    @Test
    void neverLocksAUsernameForEveryAddressWhateverTheFailuresFromOthers() {
        for (int address = 1; address <= 50; address++) {
            failTimes("alice", "203.0.113." + address, 5);
        }

        assertThat(throttle.waitFor("alice", ADDRESS)).isEmpty();
    }

    @Test
    void doublesTheLockAtEachFurtherFailureUpToTheLongest() {
        failTimes("alice", ADDRESS, 5);
        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.waitFor("alice", ADDRESS)).isEmpty();

        throttle.failed("alice", ADDRESS);
        assertThat(throttle.waitFor("alice", ADDRESS)).contains(Duration.ofMinutes(1));

        failTimes("alice", ADDRESS, 10);
        assertThat(throttle.waitFor("alice", ADDRESS)).contains(Duration.ofMinutes(15));
    }

    @Test
    void aSuccessClearsTheUsernamesCount() {
        failTimes("alice", ADDRESS, 4);
        throttle.succeeded("alice", ADDRESS);
        failTimes("alice", ADDRESS, 4);

        assertThat(throttle.waitFor("alice", ADDRESS)).isEmpty();
    }

    @Test
    void locksAnAddressThatTriesManyUsernames() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user-" + i, ADDRESS);
        }

        assertThat(throttle.waitFor("someone-else", ADDRESS)).contains(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("someone-else", "198.51.100.7")).isEmpty();
    }

    @Test
    void countsTheFailuresSeenByEveryNodeAndForgetsNoneAtARestart() {
        SignInThrottle otherNode = node();
        failTimes("alice", ADDRESS, 2);
        otherNode.failed("alice", ADDRESS);
        otherNode.failed("alice", ADDRESS);
        throttle.failed("alice", ADDRESS);

        assertThat(otherNode.waitFor("alice", ADDRESS)).as("five failures over two nodes").contains(Duration.ofSeconds(30));
        assertThat(node().waitFor("alice", ADDRESS)).as("a node started afterwards").contains(Duration.ofSeconds(30));
    }

    @Test
    void keepsNoUsernameNorAddressAndForgetsACountADayAfterItsLastFailure() {
        failTimes("alice@cdg59.fr", ADDRESS, 3);
        for (Document count : database.getCollection(SignInThrottle.COLLECTION).find()) {
            assertThat(count.toJson()).doesNotContain("alice", "cdg59", ADDRESS);
        }

        clock.advance(Duration.ofDays(1).plusSeconds(1));
        failTimes("alice@cdg59.fr", ADDRESS, 4);
        assertThat(throttle.waitFor("alice@cdg59.fr", ADDRESS)).as("three forgotten, four since").isEmpty();
    }

    @Test
    void countsAPasswordChangeApartFromTheSignIns() {
        SignInThrottle passwordChanges = new SignInThrottle(database, "password-change", 5, 20, Duration.ofSeconds(30),
                                                            Duration.ofMinutes(15), clock);
        failTimes("alice", ADDRESS, 5);

        assertThat(passwordChanges.waitFor("alice", ADDRESS)).isEmpty();
    }

    private void failTimes(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }
}
