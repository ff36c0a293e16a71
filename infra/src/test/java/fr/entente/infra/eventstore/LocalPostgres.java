package fr.entente.infra.eventstore;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private PostgreSQL cluster for the benchmark: {@code initdb} in a temporary directory, started with its defaults
 * (fsync on) on a free loopback port, stopped and deleted by {@link #close()}. PostgreSQL refuses to run as root: as
 * root, its commands run as the {@code postgres} user.
 */
final class LocalPostgres implements AutoCloseable {

    private final Path bin;
    private final Path directory;
    private final int port;

    private LocalPostgres(Path bin, Path directory, int port) {
        this.bin = bin;
        this.directory = directory;
        this.port = port;
    }

    static LocalPostgres start(Path bin) throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("entente-benchmark-postgres");
        if (isRoot()) {
            run(List.of("chown", "postgres", directory.toString()), false);
        }
        int port = freePort();
        LocalPostgres postgres = new LocalPostgres(bin, directory, port);
        postgres.pg("initdb", "-D", postgres.data(), "-A", "trust", "-U", "bench", "-E", "UTF8", "--no-instructions");
        postgres.pg("pg_ctl", "-D", postgres.data(), "-l", directory.resolve("server.log").toString(), "-w", "-o",
                    "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1", "start");
        return postgres;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=bench";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl());
    }

    long query(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    Path dataDirectory() {
        return directory.resolve("data");
    }

    private String data() {
        return dataDirectory().toString();
    }

    @Override
    public void close() throws Exception {
        try {
            pg("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private void pg(String command, String... arguments) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (isRoot()) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.add(bin.resolve(command).toString());
        line.addAll(List.of(arguments));
        run(line, true);
    }

    private static void run(List<String> command, boolean quiet) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + new String(output));
        }
        if (!quiet) {
            System.out.print(new String(output));
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
