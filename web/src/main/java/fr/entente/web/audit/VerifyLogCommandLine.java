package fr.entente.web.audit;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import fr.entente.infra.logchain.Checkpoint;
import fr.entente.infra.logchain.CheckpointSignatures;
import fr.entente.infra.logchain.LogChain;
import fr.entente.infra.logchain.LogCheckpoints;
import fr.entente.infra.logchain.LogVerifier;
import fr.entente.infra.logchain.Verification;
import fr.entente.mongo.embedded.Durability;
import fr.entente.mongo.embedded.EmbeddedMongoServer;
import fr.entente.mongo.embedded.EmbeddedMongoSettings;
import fr.entente.mongo.embedded.StoreCredentials;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code java -jar entente.jar verify-log}: recomputes the log's hash chain from the store, outside the hub, and says
 * whether the log is intact or names the first entry altered, moved, missing or inserted. It reads the MongoDB of
 * {@code MONGODB_URI}, or else the embedded store's data directory: opened by itself when the hub is stopped, or
 * through the running hub's embedded server (with the credentials kept in the directory) when it runs. Checkpoints a
 * director kept ({@code --checkpoint=<file>}) are checked with the public key they kept ({@code --public-key=<file>}).
 * Exit status: 0 intact, 1 a problem found, 2 the verification could not run.
 */
public final class VerifyLogCommandLine {

    public static final String COMMAND = "verify-log";
    private static final String USAGE = """
            Usage: java -jar entente.jar verify-log [--data=<directory>] [--port=<port>] [--database=<name>] \
            [--public-key=<file.pem>] [--checkpoint=<file.json>]...
              --data        the embedded store's data directory (default: ENTENTE_MONGODB_EMBEDDED_DATA_DIRECTORY, else ./data)
              --port        the port of a running hub's embedded server (default 27018)
              --database    the hub's database (default: ENTENTE_MONGODB_DATABASE, else entente)
              --public-key  the hub's public key you kept (PEM); default: the key pair beside the data
              --checkpoint  a checkpoint you downloaded and kept, checked against the log as it is now
            With MONGODB_URI set, the log is read from that MongoDB.""";

    private VerifyLogCommandLine() {
    }

    public static int run(String[] arguments, Map<String, String> environment, PrintStream out) {
        Options options;
        try {
            options = Options.parse(arguments, environment);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(USAGE);
            return 2;
        }
        try (Store store = Store.open(options, environment, out)) {
            LogChain chain = new LogChain(store.client().getDatabase(options.database()));
            CheckpointSignatures signatures = options.signatures();
            List<Checkpoint> checkpoints = new ArrayList<>(options.keptCheckpoints());
            if (signatures != null) {
                checkpoints.addAll(new LogCheckpoints(store.client().getDatabase(options.database()), chain, signatures,
                                                      Clock.systemUTC()).all());
            } else {
                out.println("No public key: the hub's checkpoints are not checked (give --public-key=<file.pem>).");
            }
            LogVerifier verifier = new LogVerifier(chain, Clock.systemUTC());
            Verification verification = signatures == null ? verifier.verifyWithoutCheckpoints()
                                                           : verifier.verify(checkpoints, signatures);
            out.printf("Entente log verification: %,d entries recomputed up to position %d, %d checkpoint(s) matched, "
                       + "in %.1f s (%,.0f entries/s).%n", verification.entriesChecked(), verification.chainedUpTo(),
                       verification.checkpointsChecked(), verification.millis() / 1000.0, verification.entriesPerSecond());
            if (verification.intact()) {
                out.println("INTACT: the log is as it was written.");
                return 0;
            }
            verification.problem().ifPresent(problem -> out.printf("PROBLEM: %s at position %s: %s.%n", problem.kind(),
                                                                   problem.position(), problem.detail()));
            return 1;
        } catch (RuntimeException | IOException e) {
            out.println("The verification could not run: " + e.getMessage());
            return 2;
        }
    }

    private record Options(Path dataDirectory, int port, String database, CheckpointSignatures signatures,
                           List<Checkpoint> keptCheckpoints) {

        static Options parse(String[] arguments, Map<String, String> environment) {
            Path data = Path.of(environment.getOrDefault("ENTENTE_MONGODB_EMBEDDED_DATA_DIRECTORY", "data"));
            int port = EmbeddedMongoSettings.DEFAULT_PORT;
            Path publicKey = null;
            String database = environment.getOrDefault("ENTENTE_MONGODB_DATABASE", "entente");
            List<Path> checkpointFiles = new ArrayList<>();
            for (String argument : arguments) {
                String value = argument.contains("=") ? argument.substring(argument.indexOf('=') + 1) : "";
                if (argument.startsWith("--data=")) {
                    data = Path.of(value);
                } else if (argument.startsWith("--port=")) {
                    try {
                        port = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--port takes a number: " + value);
                    }
                } else if (argument.startsWith("--database=")) {
                    database = value;
                } else if (argument.startsWith("--public-key=")) {
                    publicKey = Path.of(value);
                } else if (argument.startsWith("--checkpoint=")) {
                    checkpointFiles.add(Path.of(value));
                } else {
                    throw new IllegalArgumentException("Unknown option: " + argument);
                }
            }
            CheckpointSignatures signatures = signatures(publicKey, data);
            List<Checkpoint> kept = checkpointFiles.stream().map(Options::readCheckpoint).toList();
            if (!kept.isEmpty() && signatures == null) {
                throw new IllegalArgumentException("A kept checkpoint is checked with the public key: give --public-key=<file.pem>");
            }
            return new Options(data, port, database, signatures, kept);
        }

        private static CheckpointSignatures signatures(Path publicKey, Path data) {
            try {
                if (publicKey != null) {
                    String pem = Files.readString(publicKey, StandardCharsets.US_ASCII);
                    return CheckpointSignatures.verifyingWith(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
                }
                Path keyFile = data.resolve("checkpoint-signing.key");
                if (!Files.exists(keyFile)) {
                    return null;
                }
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(keyFile, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                return CheckpointSignatures.verifyingWith(properties.getProperty("public"));
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read the public key: " + e.getMessage());
            }
        }

        private static Checkpoint readCheckpoint(Path file) {
            try {
                return JsonMapper.builder().findAndAddModules().build().readValue(file.toFile(), Checkpoint.class);
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read the checkpoint " + file + ": " + e.getMessage());
            }
        }
    }

    /** The MongoDB to read: MONGODB_URI, the embedded store opened here, or a running hub's embedded server. */
    private record Store(MongoClient client, EmbeddedMongoServer server) implements AutoCloseable {

        static Store open(Options options, Map<String, String> environment, PrintStream out) throws IOException {
            String uri = environment.get("MONGODB_URI");
            if (uri != null && !uri.isBlank()) {
                return new Store(MongoClients.create(uri), null);
            }
            Path data = options.dataDirectory();
            if (!Files.exists(data.resolve(EmbeddedMongoServer.DATA_FILE_NAME))) {
                throw new IOException("no log in " + data.toAbsolutePath() + " (give --data=<directory> or MONGODB_URI)");
            }
            try {
                EmbeddedMongoServer server = EmbeddedMongoServer.start(new EmbeddedMongoSettings(
                        data, EmbeddedMongoSettings.DEFAULT_BIND_HOST, 0, Durability.SYNC));
                out.println("Reading the log in " + data.toAbsolutePath() + " (the hub is not running).");
                return new Store(MongoClients.create(server.connectionString()), server);
            } catch (IllegalStateException heldByTheHub) {
                out.println("Reading the log through the running hub's embedded server, port " + options.port() + ".");
                Properties credentials = new Properties();
                try (Reader reader = Files.newBufferedReader(data.resolve(StoreCredentials.FILE_NAME), StandardCharsets.UTF_8)) {
                    credentials.load(reader);
                }
                String connection = "mongodb://" + encode(credentials.getProperty("username")) + ":"
                                    + encode(credentials.getProperty("password")) + "@127.0.0.1:" + options.port()
                                    + "/?authSource=" + StoreCredentials.AUTH_SOURCE;
                return new Store(MongoClients.create(connection), null);
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }

        @Override
        public void close() {
            client.close();
            if (server != null) {
                server.close();
            }
        }
    }
}
