package fr.entente.mongo.embedded;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the embedded MongoDB-wire server keeps its data, where it listens, and when it acknowledges a write.
 *
 * @param dataDirectory directory of the data file and the lock file; created if missing
 * @param bindHost      address to listen on; {@value #DEFAULT_BIND_HOST} if null or blank
 * @param port          TCP port; {@value #DEFAULT_PORT} by default, 0 for any free port
 * @param durability    when a write is acknowledged; {@link Durability#SYNC} if null
 */
public record EmbeddedMongoSettings(Path dataDirectory, String bindHost, int port, Durability durability) {

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
        if (durability == null) {
            durability = Durability.SYNC;
        }
    }

    /** Settings that sync every acknowledged write to the disk. */
    public EmbeddedMongoSettings(Path dataDirectory, String bindHost, int port) {
        this(dataDirectory, bindHost, port, Durability.SYNC);
    }

    /** Settings with the default host, port and durability. */
    public static EmbeddedMongoSettings of(Path dataDirectory) {
        return new EmbeddedMongoSettings(dataDirectory, DEFAULT_BIND_HOST, DEFAULT_PORT, Durability.SYNC);
    }

    public EmbeddedMongoSettings withPort(int port) {
        return new EmbeddedMongoSettings(dataDirectory, bindHost, port, durability);
    }

    public EmbeddedMongoSettings withBindHost(String bindHost) {
        return new EmbeddedMongoSettings(dataDirectory, bindHost, port, durability);
    }

    public EmbeddedMongoSettings withDurability(Durability durability) {
        return new EmbeddedMongoSettings(dataDirectory, bindHost, port, durability);
    }
}
