package fr.entente.mongo.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exclusive ownership of a data directory: an OS lock on {@value #LOCK_FILE_NAME}, held until {@link #close()}.
 * Works across processes (the OS lock) and within one JVM (a registry of the directories this JVM holds).
 * The OS releases the lock when the process dies, even by {@code kill -9}. The file holds the owner's process id,
 * for the message to whoever is refused.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String LOCK_FILE_NAME = "embedded-mongo.lock";

    /** Directories locked by this JVM (the OS lock is per process). */
    private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private DataDirectoryLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path directory) {
        Path key = realPath(directory);
        // checked before touching the lock file: on Linux, closing any descriptor of a file in this process
        // releases this process's lock on it, so a refused second instance must not even open it
        if (!HELD_IN_THIS_JVM.add(key)) {
            throw refused(directory, " (this process, pid " + ProcessHandle.current().pid() + ")");
        }
        Path lockFile = directory.resolve(LOCK_FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                String owner = readOwner(lockFile);
                channel.close();
                HELD_IN_THIS_JVM.remove(key);
                throw refused(directory, owner);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n")
                .getBytes(StandardCharsets.US_ASCII)), 0);
            return new DataDirectoryLock(key, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD_IN_THIS_JVM.remove(key);
            throw new UncheckedIOException("Could not lock the embedded MongoDB data directory " + directory, e);
        }
    }

    private static IllegalStateException refused(Path directory, String owner) {
        return new IllegalStateException("The embedded MongoDB data directory " + directory
            + " is already in use by another instance" + owner
            + ". Stop that instance, or choose another data directory.");
    }

    private static Path realPath(Path directory) {
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            return directory.toAbsolutePath().normalize();
        }
    }

    private static String readOwner(Path lockFile) {
        try {
            String content = Files.readString(lockFile, StandardCharsets.US_ASCII).trim();
            return content.isEmpty() ? "" : " (" + content + ")";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel releases it as well
        }
        closeQuietly(channel);
        HELD_IN_THIS_JVM.remove(key);
    }
}
