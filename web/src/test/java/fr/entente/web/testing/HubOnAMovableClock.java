package fr.entente.web.testing;

import fr.entente.web.EntenteApplication;
import org.axonframework.eventhandling.GenericEventMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The hub started as {@link EntenteApplication} is, but with the events' clock ({@link GenericEventMessage#clock}, the
 * one deadlines are judged by) ahead of the machine's by the duration written in a file the test shares with every
 * node ({@code -Dentente.test.clock-offset-file}, an ISO-8601 duration such as {@code PT1H}; none or no file: not
 * ahead). Moving it moves every node at once: a decision opened with an hour's notice, as the rules want, falls due
 * within the test. For forked hubs only; the hub itself has no such setting.
 */
public final class HubOnAMovableClock {

    private HubOnAMovableClock() {
    }

    public static void main(String[] arguments) {
        String file = System.getProperty("entente.test.clock-offset-file");
        if (file != null) {
            GenericEventMessage.clock = new OffsetFromFile(Path.of(file));
        }
        EntenteApplication.main(arguments);
    }

    /** Writes the offset every node of the test reads (within 200 ms). */
    public static void moveAhead(Path file, Duration offset) {
        try {
            Path written = file.resolveSibling(file.getFileName() + ".new");
            Files.writeString(written, offset.toString());
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class OffsetFromFile extends Clock {

        private final Path file;
        private volatile Duration offset = Duration.ZERO;
        private volatile long readAt;

        private OffsetFromFile(Path file) {
            this.file = file;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset());
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset());
        }

        private Duration offset() {
            long now = System.nanoTime();
            if (now - readAt > 200_000_000L) {
                readAt = now;
                try {
                    offset = Files.exists(file) ? Duration.parse(Files.readString(file).trim()) : Duration.ZERO;
                } catch (IOException | RuntimeException unreadable) {
                    // being replaced: the last offset read holds
                }
            }
            return offset;
        }
    }
}
