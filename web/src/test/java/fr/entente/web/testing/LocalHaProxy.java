package fr.entente.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Debian's HAProxy (which {@code .ci/run} installs) in front of the hub's nodes, on a free loopback port: one address
 * for every request, WebSocket upgrades included, each node checked every second on its readiness
 * ({@code /actuator/health/readiness}) and left out after two failed checks; a request whose connection a stopped
 * node refuses is sent to another. The configuration is README's production one, with loopback ports.
 */
public final class LocalHaProxy implements AutoCloseable {

    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    private final Process process;
    private final Path directory;
    private final int port;

    private LocalHaProxy(Process process, Path directory, int port) {
        this.process = process;
        this.directory = directory;
        this.port = port;
    }

    public static boolean installed() {
        return Files.isExecutable(HAPROXY);
    }

    /** HAProxy in front of the hub's nodes listening on these ports. */
    public static LocalHaProxy start(Path directory, List<Integer> nodePorts) {
        try {
            Files.createDirectories(directory);
            int port = FreePorts.next();
            String servers = IntStream.range(0, nodePorts.size())
                                      .mapToObj(node -> "    server node" + node + " 127.0.0.1:" + nodePorts.get(node) + " check")
                                      .collect(Collectors.joining("\n"));
            Path configuration = directory.resolve("haproxy.cfg");
            Files.writeString(configuration, """
                    global
                        maxconn 2000
                    defaults
                        mode http
                        option redispatch
                        retries 3
                        timeout connect 2s
                        timeout client 60s
                        timeout server 60s
                        timeout tunnel 1h
                    frontend entente
                        bind 127.0.0.1:%d
                        default_backend nodes
                    backend nodes
                        balance roundrobin
                        option httpchk GET /actuator/health/readiness
                        http-check expect status 200
                        default-server inter 1s fall 2 rise 1
                    %s
                    """.formatted(port, servers));
            Process process = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", configuration.toString())
                    .redirectErrorStream(true).redirectOutput(directory.resolve("haproxy.out").toFile()).start();
            LocalHaProxy proxy = new LocalHaProxy(process, directory, port);
            proxy.awaitListening();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("HAProxy stopped: " + Files.readString(directory.resolve("haproxy.out")));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        close();
        throw new AssertionError("HAProxy did not listen within 30 s: " + Files.readString(directory.resolve("haproxy.out")));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }


    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
