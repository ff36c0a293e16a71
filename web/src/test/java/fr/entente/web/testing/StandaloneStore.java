package fr.entente.web.testing;

import fr.entente.mongo.embedded.StandaloneServer;
import fr.entente.mongo.embedded.StoreCredentials;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The embedded store as a process of its own ({@link StandaloneServer}, what its standalone jar runs), as several hub
 * nodes on one machine share it: started on a free port of a data directory, with no sync to the disk (the test stops
 * hub nodes, never the store). Its connection string carries the credentials the server wrote in its directory.
 */
public final class StandaloneStore implements AutoCloseable {

    private static final String LISTENING = "Embedded MongoDB server listening on ";

    private final Process process;
    private final String connectionString;

    private StandaloneStore(Process process, String connectionString) {
        this.process = process;
        this.connectionString = connectionString;
    }

    public static StandaloneStore start(Path dataDirectory) {
        try {
            Path log = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                                 "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                                                 StandaloneServer.class.getName(), "--data-directory=" + dataDirectory,
                                                 "--port=0", "--durability=no-sync")
                    .redirectError(log.toFile()).start();
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith(LISTENING)) {
                    String address = line.substring(LISTENING.length()).split(",")[0];
                    drain(output);
                    return new StandaloneStore(process, signedIn(address, dataDirectory));
                }
            }
            throw new AssertionError("the standalone store ended without saying where it listens: " + Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads what the server goes on writing, so that it never waits on a full pipe. */
    private static void drain(BufferedReader output) {
        Thread reader = new Thread(() -> {
            try {
                while (output.readLine() != null) {
                    // its log lines: the test has no use for them
                }
            } catch (IOException closed) {
                // the server stopped
            }
        }, "standalone-store-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** {@code mongodb://hub:…@127.0.0.1:port/?authSource=admin&authMechanism=SCRAM-SHA-256}. */
    public String connectionString() {
        return connectionString;
    }

    private static String signedIn(String address, Path dataDirectory) throws IOException {
        Properties credentials = new Properties();
        try (Reader file = Files.newBufferedReader(dataDirectory.resolve(StoreCredentials.FILE_NAME))) {
            credentials.load(file);
        }
        return address.replace("mongodb://", "mongodb://" + credentials.getProperty("username") + ":"
                               + URLEncoder.encode(credentials.getProperty("password"), StandardCharsets.UTF_8) + "@")
               + "/?authSource=" + StoreCredentials.AUTH_SOURCE + "&authMechanism=SCRAM-SHA-256";
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
