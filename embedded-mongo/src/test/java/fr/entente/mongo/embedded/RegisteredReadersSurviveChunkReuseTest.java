package fr.entente.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why {@link EmbeddedBackend} registers the version each command reads: with a zero retention time, a reader
 * iterating a map version whose chunks later commits free fails with "Chunk N not found"; registered, it does not.
 * (Plain H2 MVStore, no server.)
 */
class RegisteredReadersSurviveChunkReuseTest {

    @TempDir
    Path directory;

    @Test
    void anUnregisteredReaderLosesItsChunksARegisteredOneDoesNot() {
        assertThatThrownBy(() -> iterateWhileRewriting(directory.resolve("unregistered.mv.db"), false))
            .isInstanceOf(MVStoreException.class)
            .hasMessageMatching("(?s).*Chunk \\d+ not found.*");
        assertThat(iterateWhileRewriting(directory.resolve("registered.mv.db"), true)).isEqualTo(5_000);
    }

    private static int iterateWhileRewriting(Path file, boolean register) {
        MVStore initial = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        MVMap<Integer, String> data = initial.openMap("data");
        String value = "v".repeat(1000);
        for (int i = 0; i < 5_000; i++) {
            data.put(i, value + i);
            if (i % 20 == 0) {
                // many small chunks, as a commit per write makes them
                initial.commit();
            }
        }
        initial.close();
        // reopened with a tiny cache: the reader loads its pages from the file as it goes
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().cacheSize(1).open();
        try {
            store.setRetentionTime(0);
            store.setVersionsToKeep(0);
            MVMap<Integer, String> map = store.openMap("data");
            MVStore.TxCounter usage = register ? store.registerVersionUsage() : null;
            try {
                Iterator<Map.Entry<Integer, String>> reader = map.entrySet().iterator();
                int read = 0;
                while (reader.hasNext()) {
                    reader.next();
                    read++;
                    if (read % 500 == 0) {
                        // writers replace every page the reader has yet to read, one commit per write
                        for (int i = read; i < 5_000; i += 7) {
                            map.put(i, "new " + i);
                            store.commit();
                        }
                    }
                }
                return read;
            } finally {
                if (usage != null) {
                    store.deregisterVersionUsage(usage);
                }
            }
        } finally {
            store.closeImmediately();
        }
    }
}
