package fr.entente.mongo.embedded;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the embedded MongoDB-wire server keeps its data and where it listens.
 *
 * @param dataDirectory directory of the data file and the lock file; created if missing
 * @param bindHost      address to listen on; {@value #DEFAULT_BIND_HOST} if null or blank
 * @param port          TCP port; {@value #DEFAULT_PORT} by default, 0 for any free port
 */
public record EmbeddedMongoSettings(Path dataDirectory, String bindHost, int port) {

    public static final String DEFAULT_BIND_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 27018;

    public EmbeddedMongoSettings {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        if (bindHost == null || bindHost.isBlank()) {
            bindHost = DEFAULT_BIND_HOST;
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
    }

    /** Settings with the default host and port. */
    public static EmbeddedMongoSettings of(Path dataDirectory) {
        return new EmbeddedMongoSettings(dataDirectory, DEFAULT_BIND_HOST, DEFAULT_PORT);
    }

    public EmbeddedMongoSettings withPort(int port) {
        return new EmbeddedMongoSettings(dataDirectory, bindHost, port);
    }

    public EmbeddedMongoSettings withBindHost(String bindHost) {
        return new EmbeddedMongoSettings(dataDirectory, bindHost, port);
    }
}
