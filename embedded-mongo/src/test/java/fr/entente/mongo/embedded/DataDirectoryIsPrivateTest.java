package fr.entente.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * Only the owner of the hub reads and writes the store: the data directory is 0700 and its files 0600 from the first
 * start (the data file, the lock file, the credentials), and looser permissions found at start are tightened, with a
 * warning. The credentials stay the same from one start to the next.
 */
class DataDirectoryIsPrivateTest {

    @TempDir
    Path parent;

    @Test
    void aFirstStartMakesTheDirectoryAndEveryFilePrivate() throws Exception {
        Path directory = parent.resolve("data");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(EmbeddedMongoSettings.of(directory).withPort(0))) {
            assertThat(permissions(directory)).isEqualTo("rwx------");
            assertThat(files(directory)).extracting(path -> path.getFileName().toString())
                .contains("mongo.mv.db", "embedded-mongo.lock", "credentials");
            for (Path file : files(directory)) {
                assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void aStartTightensLooserPermissionsWithAWarningAndKeepsTheCredentials() throws Exception {
        Path directory = parent.resolve("data");
        String password;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(EmbeddedMongoSettings.of(directory).withPort(0))) {
            password = server.credentials().password();
        }
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (Path file : files(directory)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Logger logger = (Logger) LoggerFactory.getLogger(DataDirectoryPermissions.class);
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        warnings.start();
        logger.addAppender(warnings);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(EmbeddedMongoSettings.of(directory).withPort(0))) {
            assertThat(permissions(directory)).isEqualTo("rwx------");
            for (Path file : files(directory)) {
                assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------");
            }
            assertThat(server.credentials().password()).isEqualTo(password);
        } finally {
            logger.detachAppender(warnings);
        }
        assertThat(warnings.list).extracting(ILoggingEvent::getFormattedMessage)
            .anySatisfy(message -> assertThat(message).contains("credentials").contains("rw-r--r--")
                .contains("rw-------"))
            .anySatisfy(message -> assertThat(message).contains("rwxr-xr-x").contains("rwx------"));
    }

    private static List<Path> files(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
