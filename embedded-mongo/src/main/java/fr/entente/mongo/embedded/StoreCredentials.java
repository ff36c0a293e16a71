package fr.entente.mongo.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The user and password of the embedded server, generated at first start and kept in {@value #FILE_NAME} in the data
 * directory, readable by the owner of the hub only (0600). MongoDB tools connect with them
 * ({@code authSource=admin}, SCRAM-SHA-256).
 *
 * @param username the one user, {@value #USERNAME}
 * @param password 43 characters of base64url (256 random bits): no character a connection string must escape
 */
public record StoreCredentials(String username, String password) {

    public static final String FILE_NAME = "credentials";
    static final String USERNAME = "hub";
    public static final String AUTH_SOURCE = "admin";

    @Override
    public String toString() {
        return "StoreCredentials[username=" + username + ", password=(hidden)]";
    }

    /** Reads the credentials of the data directory, or generates and writes them if there are none yet. */
    static StoreCredentials loadOrCreate(Path directory, SecureRandom random) {
        Path file = directory.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            StoreCredentials credentials = new StoreCredentials(USERNAME,
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
            write(credentials, file);
            return credentials;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the embedded MongoDB credentials " + file, e);
        }
    }

    private static StoreCredentials read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String username = properties.getProperty("username");
        String password = properties.getProperty("password");
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            throw new IllegalStateException(file + " must hold a username and a password: restore it, or delete it"
                + " to have new ones generated");
        }
        return new StoreCredentials(username.trim(), password.trim());
    }

    /** Written next to the file, then moved over it: never half a file, never readable by others. */
    private static void write(StoreCredentials credentials, Path file) throws IOException {
        Path temporary = file.resolveSibling(FILE_NAME + ".new");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, DataDirectoryPermissions.privateFileAttributes());
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            writer.write("# The embedded MongoDB server's user (SCRAM-SHA-256, authSource=admin), generated at first"
                + " start.\n# Readable by the hub's owner only. For MongoDB tools:\n"
                + "# mongosh \"mongodb://" + credentials.username() + ":<password>@127.0.0.1:27018/entente"
                + "?authSource=admin\"\n");
            writer.write("username=" + credentials.username() + "\n");
            writer.write("password=" + credentials.password() + "\n");
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
