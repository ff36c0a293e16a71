package fr.entente.infra.mongo;

import fr.entente.mongo.embedded.Durability;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where the hub keeps its data.
 *
 * @param uri      a MongoDB connection string (a replica set in production); empty: the embedded server
 * @param database the database of the hub
 * @param embedded the embedded server, used when no {@code uri} is set
 */
@ConfigurationProperties("entente.mongodb")
public record MongoProperties(String uri, String database, Embedded embedded) {

    public MongoProperties {
        database = database == null || database.isBlank() ? "entente" : database;
        embedded = embedded == null ? new Embedded(null, null, null, null) : embedded;
    }

    public boolean usesEmbeddedServer() {
        return uri == null || uri.isBlank();
    }

    /**
     * @param dataDirectory where the embedded server keeps its files ({@code ./data} by default)
     * @param bindHost      the address it listens on (loopback by default: MongoDB tools of this machine can read it)
     * @param port          its port (27018 by default, beside a MongoDB that may use 27017; 0 for any free port)
     * @param durability    when it acknowledges a write: {@code sync} (default: synced to the disk, survives a power
     *                      cut) or {@code no-sync} (written to the operating system only: survives {@code kill -9},
     *                      not a power cut; faster where syncs are slow)
     */
    public record Embedded(Path dataDirectory, String bindHost, Integer port, Durability durability) {

        public Embedded {
            dataDirectory = dataDirectory == null ? Path.of("data") : dataDirectory;
            bindHost = bindHost == null || bindHost.isBlank() ? "127.0.0.1" : bindHost;
            port = port == null ? 27018 : port;
            durability = durability == null ? Durability.SYNC : durability;
        }
    }
}
