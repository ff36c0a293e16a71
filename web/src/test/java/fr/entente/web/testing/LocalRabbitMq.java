package fr.entente.web.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's RabbitMQ (which {@code .ci/run} installs) started for a test with its STOMP plugin, on free loopback ports,
 * in a directory of its own: its data, logs, plugin list and configuration, so that it touches nothing of the
 * machine's own RabbitMQ. Debian's start script runs the broker as the {@code rabbitmq} user when started by root,
 * so the directory is handed to that user. Ready once its STOMP port answers a CONNECT.
 */
public final class LocalRabbitMq implements AutoCloseable {

    private static final Path SERVER = Path.of("/usr/sbin/rabbitmq-server");

    private final Process process;
    private final Path directory;
    private final int stompPort;
    private final int epmdPort;

    private LocalRabbitMq(Process process, Path directory, int stompPort, int epmdPort) {
        this.process = process;
        this.directory = directory;
        this.stompPort = stompPort;
        this.epmdPort = epmdPort;
    }

    public static boolean installed() {
        return Files.isExecutable(SERVER);
    }

    public static LocalRabbitMq start() {
        try {
            Path directory = Files.createTempDirectory("entente-rabbitmq");
            // the broker's user must reach its directory
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
            int stomp = FreePorts.next();
            int amqp = FreePorts.next();
            int distribution = FreePorts.next();
            int epmd = FreePorts.next();
            Files.writeString(directory.resolve("enabled_plugins"), "[rabbitmq_stomp].\n");
            Files.writeString(directory.resolve("rabbitmq.conf"), """
                    listeners.tcp.1 = 127.0.0.1:%d
                    stomp.listeners.tcp.1 = 127.0.0.1:%d
                    loopback_users = none
                    """.formatted(amqp, stomp));
            Files.createDirectories(directory.resolve("mnesia"));
            Files.createDirectories(directory.resolve("log"));
            if ("root".equals(System.getProperty("user.name"))) {
                run("chown", "-R", "rabbitmq:rabbitmq", directory.toString());
            }
            ProcessBuilder server = new ProcessBuilder(SERVER.toString())
                    .redirectErrorStream(true).redirectOutput(directory.resolve("server.out").toFile());
            Map<String, String> environment = server.environment();
            environment.put("RABBITMQ_NODENAME", "entente-" + UUID.randomUUID().toString().substring(0, 8) + "@localhost");
            environment.put("RABBITMQ_MNESIA_BASE", directory.resolve("mnesia").toString());
            environment.put("RABBITMQ_FEATURE_FLAGS_FILE", directory.resolve("feature_flags").toString());
            environment.put("RABBITMQ_LOG_BASE", directory.resolve("log").toString());
            environment.put("RABBITMQ_ENABLED_PLUGINS_FILE", directory.resolve("enabled_plugins").toString());
            environment.put("RABBITMQ_CONFIG_FILE", directory.resolve("rabbitmq").toString());
            environment.put("RABBITMQ_DIST_PORT", Integer.toString(distribution));
            environment.put("ERL_EPMD_PORT", Integer.toString(epmd));
            LocalRabbitMq broker = new LocalRabbitMq(server.start(), directory, stomp, epmd);
            broker.awaitStomp();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int stompPort() {
        return stompPort;
    }

    private void awaitStomp() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("RabbitMQ stopped: " + Files.readString(directory.resolve("server.out")));
            }
            try (Socket socket = new Socket("127.0.0.1", stompPort)) {
                socket.setSoTimeout(5_000);
                OutputStream out = socket.getOutputStream();
                out.write("CONNECT\naccept-version:1.2\nhost:/\nlogin:guest\npasscode:guest\n\n\0".getBytes(StandardCharsets.UTF_8));
                out.flush();
                InputStream in = socket.getInputStream();
                byte[] answer = new byte[9];
                if (in.readNBytes(answer, 0, answer.length) == answer.length
                    && new String(answer, StandardCharsets.UTF_8).equals("CONNECTED")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            sleep(500);
        }
        close();
        throw new AssertionError("RabbitMQ's STOMP port did not answer within 3 minutes: "
                                 + Files.readString(directory.resolve("server.out")));
    }

    /** Stops the broker (the start script, the Erlang VM under it, and its port mapper), and forgets its directory. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            ProcessBuilder epmd = new ProcessBuilder("epmd", "-kill").redirectErrorStream(true)
                                                                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            epmd.environment().put("ERL_EPMD_PORT", Integer.toString(epmdPort));
            epmd.start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException ignored) {
            // no port mapper to stop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind
        }
    }

    private static void run(String... command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + new String(process.getInputStream().readAllBytes()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }


    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
