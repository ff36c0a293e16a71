package fr.entente.mongo.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.ArrayList;
import java.util.List;

import org.h2.store.fs.FileBaseDefault;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code powercut:}) that holds every write in memory, as a disk's or the operating system's cache
 * would, until the file is synced ({@link FileChannel#force}); only then does it reach the real file. After
 * {@link #cut()}, nothing reaches the real file any more (the process still sees its own writes, as a machine that has
 * lost its power does, for a moment): what the file holds then is exactly what was synced before the cut.
 */
public final class PowerCutFileSystem extends FilePathWrapper {

    static final String PREFIX = "powercut:";
    private static volatile boolean cut;

    static {
        FilePath.register(new PowerCutFileSystem());
    }

    /** Registers the file system with H2 (once) and restores the power. */
    static void install() {
        cut = false;
    }

    static void cut() {
        cut = true;
    }

    static boolean isCut() {
        return cut;
    }

    @Override
    public String getScheme() {
        return "powercut";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new CachedUntilSync(getBase().open(mode));
    }

    /** A file channel whose writes and truncations wait in memory for the next sync. */
    private static final class CachedUntilSync extends FileBaseDefault {

        private record Operation(long position, byte[] bytes, long truncateTo) {
        }

        private final FileChannel file;
        private final List<Operation> pending = new ArrayList<>();
        private long size;

        CachedUntilSync(FileChannel file) throws IOException {
            this.file = file;
            this.size = file.size();
        }

        @Override
        public synchronized int read(ByteBuffer destination, long position) throws IOException {
            if (position >= size) {
                return -1;
            }
            int length = (int) Math.min(destination.remaining(), size - position);
            byte[] bytes = new byte[length];
            ByteBuffer fromFile = ByteBuffer.wrap(bytes);
            while (fromFile.hasRemaining() && file.read(fromFile, position + fromFile.position()) > 0) {
                // reads what the real file holds; beyond its end stays zero
            }
            for (Operation operation : pending) {
                if (operation.bytes == null) {
                    long from = Math.max(operation.truncateTo, position);
                    for (long p = from; p < position + length; p++) {
                        bytes[(int) (p - position)] = 0;
                    }
                } else {
                    long start = Math.max(operation.position, position);
                    long end = Math.min(operation.position + operation.bytes.length, position + length);
                    if (start < end) {
                        System.arraycopy(operation.bytes, (int) (start - operation.position), bytes,
                            (int) (start - position), (int) (end - start));
                    }
                }
            }
            destination.put(bytes);
            return length;
        }

        @Override
        public synchronized int write(ByteBuffer source, long position) {
            byte[] bytes = new byte[source.remaining()];
            source.get(bytes);
            pending.add(new Operation(position, bytes, -1));
            size = Math.max(size, position + bytes.length);
            return bytes.length;
        }

        @Override
        protected synchronized void implTruncate(long newSize) {
            pending.add(new Operation(-1, null, newSize));
            size = Math.min(size, newSize);
        }

        @Override
        public synchronized long size() {
            return size;
        }

        @Override
        public synchronized void force(boolean metaData) throws IOException {
            if (cut) {
                return;
            }
            for (Operation operation : pending) {
                if (operation.bytes == null) {
                    file.truncate(operation.truncateTo);
                } else {
                    ByteBuffer bytes = ByteBuffer.wrap(operation.bytes);
                    while (bytes.hasRemaining()) {
                        file.write(bytes, operation.position + bytes.position());
                    }
                }
            }
            pending.clear();
            file.force(metaData);
        }

        @Override
        public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return file.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            // what was not synced is lost, as at a power cut
            file.close();
        }
    }
}
