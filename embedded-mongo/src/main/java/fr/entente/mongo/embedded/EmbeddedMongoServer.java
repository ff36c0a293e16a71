package fr.entente.mongo.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;

/**
 * An in-process MongoDB-wire server persisted in one H2 MVStore file, for running Entente without a MongoDB.
 * Standard MongoDB clients and tools connect to {@link #connectionString()} while it runs, authenticated.
 * <p>
 * Built on mongo-java-server's H2 backend, with these guarantees:
 * <ul>
 * <li><b>access control</b>: every connection authenticates with SCRAM-SHA-256 (one user, generated at first start
 * and kept in the data directory's {@value StoreCredentials#FILE_NAME} file) before any command but the handshake;
 * the data directory is 0700 and its files 0600 (tightened at start if looser);</li>
 * <li><b>one owner</b>: a second instance on the same data directory, in this process or another, is refused
 * until this one is closed (an OS file lock, released by the OS if the process dies);</li>
 * <li><b>durable acknowledgements</b>: the reply to a write command (insert, update, delete, findAndModify,
 * createIndexes, drop...) is sent only after an MVStore commit covering it has written it to the file and, with
 * {@link Durability#SYNC} (the default), synced the file to the disk: an acknowledged write survives a power cut.
 * Concurrent writes share commits and syncs. A write whose write concern says {@code j: false} is acknowledged once
 * applied, as MongoDB does; the next commit saves it;</li>
 * <li><b>a bounded file</b>: old chunks are freed as soon as no running command reads them, and sparse chunks
 * are rewritten;</li>
 * <li><b>indexes that are used</b>: every index the application declares (unique or not, single or compound)
 * is kept in the file and answers equality, {@code $in} and ranges, and sort + limit in index order.</li>
 * </ul>
 * Not a MongoDB: no transactions or sessions, no replica set, no change streams; mongo-java-server's query
 * language applies. A read may see a write whose own acknowledgement still waits for its commit (as with
 * MongoDB's "local" read concern).
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    /** Name of the MVStore file inside the data directory. */
    public static final String DATA_FILE_NAME = "mongo.mv.db";

    private static final String FORMAT_MAP = "embedded.format";
    /** Documents as BSON, keys in BsonOrder, OrderedIndex entries: change it when any of those changes. */
    private static final String FORMAT = "entente-embedded-mongo/1";

    private static final int PAGE_SPLIT_SIZE = 4 * 1024;

    /** MVStore page cache, in MB (H2's default is 16). */
    private static final int DEFAULT_CACHE_SIZE_MB = 32;

    private final Path dataDirectory;
    private final DataDirectoryLock lock;
    private final EmbeddedBackend backend;
    private final MongoServer server;
    private final String address;
    private final StoreCredentials credentials;
    private boolean closed;

    private EmbeddedMongoServer(Path dataDirectory, DataDirectoryLock lock, EmbeddedBackend backend,
                                MongoServer server, String address, StoreCredentials credentials) {
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        this.backend = backend;
        this.server = server;
        this.address = address;
        this.credentials = credentials;
    }

    /**
     * Opens (or creates) the data in {@code settings.dataDirectory()} and starts listening.
     *
     * @throws IllegalStateException if another instance uses the directory
     * @throws UncheckedIOException  if the directory cannot be created or locked
     */
    public static EmbeddedMongoServer start(EmbeddedMongoSettings settings) {
        return start(settings, DEFAULT_CACHE_SIZE_MB);
    }

    /** As {@link #start(EmbeddedMongoSettings)}, with the MVStore page cache size; tests use a tiny one. */
    static EmbeddedMongoServer start(EmbeddedMongoSettings settings, int cacheSizeMb) {
        return start(settings, cacheSizeMb, "");
    }

    /**
     * As {@link #start(EmbeddedMongoSettings, int)}, opening the data file through an H2 file system named by
     * {@code fileSystemPrefix} (such as {@code "nio:"}): a test's, which controls what reaches the disk.
     */
    static EmbeddedMongoServer start(EmbeddedMongoSettings settings, int cacheSizeMb, String fileSystemPrefix) {
        Path directory = settings.dataDirectory().toAbsolutePath().normalize();
        DataDirectoryPermissions.secure(directory);
        DataDirectoryPermissions.createPrivateFiles(List.of(directory.resolve(DataDirectoryLock.LOCK_FILE_NAME),
            directory.resolve(DATA_FILE_NAME)));
        DataDirectoryLock lock = DataDirectoryLock.acquire(directory);
        MVStore store = null;
        EmbeddedBackend backend = null;
        try {
            Path dataFile = directory.resolve(DATA_FILE_NAME);
            MVStore.Builder builder = new MVStore.Builder()
                .fileName(fileSystemPrefix + dataFile)
                // commits are made by GroupCommit only, never half-way through a write
                .autoCommitDisabled()
                .cacheSize(cacheSizeMb);
            // Pages of 4 KB (H2's default is 16 KB): a commit rewrites whole pages (the last one of a growing
            // collection at every insert), and a look-up of one document reads and expands its whole page; LZF
            // keeps the file about a third of its uncompressed size (898 bytes an event without it).
            builder.compress().pageSplitSize(PAGE_SPLIT_SIZE);
            store = builder.open();
            // old chunks may be reused at once: readers hold registered versions instead (see EmbeddedBackend)
            store.setRetentionTime(0);
            checkFormat(store, dataFile);
            SecureRandom random = new SecureRandom();
            StoreCredentials credentials = StoreCredentials.loadOrCreate(directory, random);
            backend = new EmbeddedBackend(store, settings.durability(),
                new ConnectionAuthentication(new ScramSha256(credentials.username(), credentials.password(), random)));
            backend.commitNow();
            backend.version(ReportedVersion.MONGO_6_0);
            MongoServer server = new MongoServer(backend);
            int workerThreads = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
            server.bind(new InetSocketAddress(settings.bindHost(), settings.port()), 1, workerThreads);
            InetSocketAddress address = server.getLocalAddress();
            String host = settings.bindHost().contains(":") ? "[" + settings.bindHost() + "]" : settings.bindHost();
            String publicAddress = "mongodb://" + host + ":" + address.getPort();
            log.info("Embedded MongoDB server listening on {} ({}), data in {}, acknowledging writes {}; user {},"
                    + " password in {}", publicAddress, address, dataFile,
                settings.durability() == Durability.SYNC ? "once synced to the disk" : "once written, without sync",
                credentials.username(), directory.resolve(StoreCredentials.FILE_NAME));
            return new EmbeddedMongoServer(directory, lock, backend, server, publicAddress, credentials);
        } catch (RuntimeException e) {
            if (backend != null) {
                closeQuietly(backend);
            } else if (store != null) {
                store.closeImmediately();
            }
            lock.close();
            throw new IllegalStateException("Could not start the embedded MongoDB server on " + settings.bindHost()
                + ":" + settings.port() + " with data in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a file written in another layout (mongo-java-server's plain H2 backend stores Java-serialized
     * documents under the same map names), and marks a new one.
     */
    private static void checkFormat(MVStore store, Path dataFile) {
        Object format = store.hasMap(FORMAT_MAP) ? store.openMap(FORMAT_MAP).get("format") : null;
        if (format == null) {
            if (!store.getMapNames().isEmpty()) {
                throw new IllegalStateException(dataFile + " was not written by this embedded server (another"
                    + " mongo-java-server backend?): move it away or choose another data directory");
            }
            store.openMap(FORMAT_MAP).put("format", FORMAT);
        } else if (!FORMAT.equals(format)) {
            throw new IllegalStateException(dataFile + " has format " + format + ", this server reads " + FORMAT);
        }
    }

    private static void closeQuietly(EmbeddedBackend backend) {
        try {
            backend.close();
        } catch (RuntimeException ignored) {
            // reporting the original failure matters more
        }
    }

    /**
     * The connection string a client authenticates with: {@code mongodb://<user>:<password>@<host>:<port>/
     * ?authSource=admin&authMechanism=SCRAM-SHA-256}. It holds the password: never log it, log {@link #address()}.
     */
    public String connectionString() {
        return address.replace("mongodb://", "mongodb://" + uriEncoded(credentials.username()) + ":"
                + uriEncoded(credentials.password()) + "@")
            + "/?authSource=" + StoreCredentials.AUTH_SOURCE + "&authMechanism=" + ScramSha256.MECHANISM;
    }

    /** Percent-encoded, as a connection string wants user and password (a hand-edited password may hold a ':'). */
    private static String uriEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code mongodb://<host>:<port>}, with the port actually bound, without credentials: for logs and people. */
    public String address() {
        return address;
    }

    /** The user and password clients authenticate with (SCRAM-SHA-256, authentication database {@code admin}). */
    public StoreCredentials credentials() {
        return credentials;
    }

    /** The file of the data directory that keeps the credentials (0600). */
    public Path credentialsFile() {
        return dataDirectory.resolve(StoreCredentials.FILE_NAME);
    }

    /** The data directory, absolute. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops listening, closes client connections, commits and closes the store, then releases the directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // stops the event loops, then closes the backend: a final commit, then the MVStore
            server.shutdownNow();
        } finally {
            lock.close();
            log.info("Embedded MongoDB server stopped, data in {}", dataDirectory);
        }
    }

    // ------------------------------------------------------------ for tests of this package

    EmbeddedBackend backend() {
        return backend;
    }

    /** Documents read so far to answer queries on a collection, by index or by collection scan. */
    long documentsExamined(String database, String collection) {
        return embeddedCollection(database, collection).documentsExamined();
    }

    /** How the last query on a collection was answered. */
    String lastPlan(String database, String collection) {
        return embeddedCollection(database, collection).lastPlan();
    }

    private EmbeddedCollection embeddedCollection(String database, String collection) {
        MongoCollection<?> resolved = backend.resolveDatabase(database).resolveCollection(collection, true);
        return (EmbeddedCollection) resolved;
    }

    /** Percentages: how much of the file chunks occupy, and how much of the chunks is live data. */
    String fillRates() {
        org.h2.mvstore.FileStore<?> fileStore = backend.getMvStore().getFileStore();
        return "file " + fileStore.getFillRate() + "% used, chunks " + fileStore.getChunksFillRate() + "% live";
    }

    long fileSize() {
        try {
            return Files.size(dataDirectory.resolve(DATA_FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
