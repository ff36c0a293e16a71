package fr.entente.infra.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private static final String ADDRESS = "192.0.2.10";

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15), clock);

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

    private void failTimes(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }
}
