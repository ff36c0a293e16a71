package fr.entente.mongo.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the data directory to the owner of the process: the directory {@code rwx------} (0700), its files
 * {@code rw-------} (0600), from the first start; looser permissions found at start are tightened, with a warning
 * (another local user could read the store's files, or write them). On a file system without POSIX permissions,
 * nothing is done.
 */
final class DataDirectoryPermissions {

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryPermissions.class);

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private DataDirectoryPermissions() {
    }

    static boolean supported() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the directory (0700) if missing, and tightens it and the files in it if they are looser. */
    static void secure(Path directory) {
        try {
            if (!Files.isDirectory(directory)) {
                if (supported()) {
                    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
                } else {
                    Files.createDirectories(directory);
                }
            }
            if (!supported()) {
                return;
            }
            tighten(directory, DIRECTORY);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    tighten(file, FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not secure the embedded MongoDB data directory " + directory, e);
        }
    }

    /** Creates each missing file empty, readable and writable by the owner only. */
    static void createPrivateFiles(List<Path> files) {
        for (Path file : files) {
            try {
                if (!Files.exists(file)) {
                    Files.createFile(file, privateFileAttributes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create " + file, e);
            }
        }
    }

    static FileAttribute<?>[] privateFileAttributes() {
        return supported() ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    private static void tighten(Path path, Set<PosixFilePermission> wanted) throws IOException {
        Set<PosixFilePermission> current = Files.getPosixFilePermissions(path);
        if (!current.equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
            log.warn("{} had permissions {}: set to {}, so that only the owner of the hub reads and writes the store",
                path, PosixFilePermissions.toString(current), PosixFilePermissions.toString(wanted));
        }
    }
}
