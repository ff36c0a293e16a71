package fr.entente.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hub in a JVM of its own, started as a person starts it ({@code java … EntenteApplication}) with the test's class
 * path and JVM options (a capped heap, {@code -Xmx256m}), with the demo data, on ports of its own: what a test proves
 * of its memory is the hub's, not the test's. Its log goes to a file in its directory. Its heap is read from its
 * Prometheus endpoint (with a token of the test's).
 */
public final class ForkedHub implements AutoCloseable {

    public static final String METRICS_TOKEN = "jeton-des-mesures-du-test-0123456789";
    private static final Pattern HEAP_USED = Pattern.compile("^jvm_memory_used_bytes\\{area=\"heap\",[^}]*} ([0-9.E+]+)",
                                                             Pattern.MULTILINE);
    private static final Pattern OLD_USED = Pattern.compile(
            "^jvm_memory_used_bytes\\{area=\"heap\",[^}]*id=\"[^\"]*(Old|Tenured)[^\"]*\"[^}]*} ([0-9.E+]+)",
            Pattern.MULTILINE);

    private final Process process;
    private final int port;
    private final int mongoPort;
    private final HttpClient http = HttpClient.newHttpClient();

    private ForkedHub(Process process, int port, int mongoPort) {
        this.process = process;
        this.port = port;
        this.mongoPort = mongoPort;
    }

    /** Starts the hub with these JVM options and waits until it is ready (its demo data loaded), at most 6 minutes. */
    public static ForkedHub start(Path directory, List<String> jvmOptions, List<String> arguments) {
        List<String> withItsOwnStore = new ArrayList<>(List.of(
                "--entente.mongodb.embedded.data-directory=" + directory.resolve("data"), "--entente.demo.enabled=true"));
        withItsOwnStore.addAll(arguments);
        return launch(directory, "fr.entente.web.EntenteApplication", jvmOptions, withItsOwnStore);
    }

    /**
     * Starts one node of several on a shared store (its {@code --entente.mongodb.uri} among the arguments, which say
     * all the rest), its events' clock movable by the test ({@link HubOnAMovableClock}), and waits until it is ready.
     */
    public static ForkedHub startNode(Path directory, List<String> jvmOptions, List<String> arguments) {
        return launch(directory, HubOnAMovableClock.class.getName(), jvmOptions, arguments);
    }

    private static ForkedHub launch(Path directory, String mainClass, List<String> jvmOptions, List<String> arguments) {
        try {
            Files.createDirectories(directory);
            int port = FreePorts.next();
            int mongoPort = FreePorts.next();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-Daxoniq.update-checker.disabled=true");
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(mainClass);
            command.add("--server.port=" + port);
            command.add("--entente.mongodb.embedded.port=" + mongoPort);
            command.add("--entente.operations.metrics-token=" + METRICS_TOKEN);
            command.add("--entente.security.max-failed-sign-ins-per-address=1000");
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                                                         .redirectOutput(directory.resolve("hub.log").toFile()).start();
            ForkedHub hub = new ForkedHub(process, port, mongoPort);
            hub.awaitReady(directory.resolve("hub.log"));
            return hub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its process id: the owner its claims of the processors' segments name ({@code pid@host}). */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** {@code kill -9}: the process ends at once, with no shutdown of any kind. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int port() {
        return port;
    }

    /** The port of its embedded MongoDB-wire server, on 127.0.0.1. */
    public int mongoPort() {
        return mongoPort;
    }

    /** The heap it uses now, in bytes (every heap pool added up). */
    public long heapUsed() {
        return metric(HEAP_USED);
    }

    /** The old generation's use now, in bytes: what survives collections (a file held in memory would show here). */
    public long oldGenerationUsed() {
        return metric(OLD_USED);
    }

    /** The sum of the values of the metric's lines that match. */
    private long metric(Pattern line) {
        try {
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                                                                       + "/actuator/prometheus"))
                                                                .header("Authorization", "Bearer " + METRICS_TOKEN)
                                                                .timeout(Duration.ofSeconds(10)).build(),
                                                     HttpResponse.BodyHandlers.ofString());
            Matcher pool = line.matcher(metrics.body());
            double used = 0;
            while (pool.find()) {
                used += Double.parseDouble(pool.group(pool.groupCount()));
            }
            return (long) used;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady(Path log) throws IOException {
        // a bound, not a measure: a capped heap loading the demo on a busy machine (a whole build beside it) takes minutes
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the forked hub stopped: " + tail(log));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(),
                                                       HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new AssertionError("the forked hub was not ready within 6 minutes: " + tail(log));
    }

    /** The hub's errors and warnings (whose first line says what went wrong), then its last lines. */
    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        String problems = lines.stream().filter(line -> line.contains(" ERROR ") || line.contains(" WARN ")
                                                        || line.startsWith("Caused by") || line.contains("OutOfMemoryError"))
                               .limit(30).collect(java.util.stream.Collectors.joining("\n"));
        return problems + "\n…\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }


    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
