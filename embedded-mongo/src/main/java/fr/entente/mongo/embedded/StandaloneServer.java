package fr.entente.mongo.embedded;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded server as a process of its own, for several hub nodes on one machine without a {@code mongod}:
 * {@code java -jar entente-embedded-mongo-<version>-standalone.jar --data-directory=./data --port=27018}. The same data
 * directory rules as in the hub (a lock: one process per directory; the files private to their owner) and the same
 * credentials (user {@code hub}, the password in the directory's {@code credentials} file). It writes the address it
 * listens on to its standard output (never the password), then serves until it is stopped, closing the store cleanly
 * on SIGTERM.
 * <p>
 * Options: {@code --data-directory} (default {@code ./data}), {@code --bind} (default {@code 127.0.0.1}),
 * {@code --port} (default 27018; 0 picks a free one), {@code --durability} ({@code sync}, the default, or
 * {@code no-sync}).
 */
public final class StandaloneServer {

    private StandaloneServer() {
    }

    public static void main(String[] arguments) throws InterruptedException {
        // before the first logger: the jar's own logging settings, unless the operator gives theirs
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "fr/entente/mongo/embedded/standalone-logback.xml");
        }
        EmbeddedMongoSettings settings = settings(arguments);
        EmbeddedMongoServer server = EmbeddedMongoServer.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "embedded-mongo-shutdown"));
        System.out.println("Embedded MongoDB server listening on " + server.address() + ", data in "
                           + server.dataDirectory() + ", user " + server.credentials().username() + ", password in "
                           + server.credentialsFile());
        System.out.flush();
        stopped.await();
    }

    static EmbeddedMongoSettings settings(String[] arguments) {
        EmbeddedMongoSettings settings = EmbeddedMongoSettings.of(Path.of("data"));
        for (String argument : arguments) {
            String[] option = argument.split("=", 2);
            if (option.length != 2 || !option[0].startsWith("--")) {
                throw usage("not an option: " + argument);
            }
            String value = option[1];
            settings = switch (option[0]) {
                case "--data-directory" -> new EmbeddedMongoSettings(Path.of(value), settings.bindHost(),
                                                                     settings.port(), settings.durability());
                case "--bind" -> settings.withBindHost(value);
                case "--port" -> settings.withPort(port(value));
                case "--durability" -> settings.withDurability(durability(value));
                default -> throw usage("unknown option " + option[0]);
            };
        }
        return settings;
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw usage("--port takes a number: " + value);
        }
    }

    private static Durability durability(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "sync" -> Durability.SYNC;
            case "no-sync" -> Durability.NO_SYNC;
            default -> throw usage("--durability is sync or no-sync: " + value);
        };
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException(problem + " (options: --data-directory=DIR --bind=HOST --port=N"
                                            + " --durability=sync|no-sync)");
    }
}
