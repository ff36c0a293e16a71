package fr.entente.mongo.embedded;

/** When the embedded server acknowledges a write. */
public enum Durability {

    /**
     * Once the write is committed to the data file and the file is synced to the disk ({@code fsync}): an acknowledged
     * write survives a power cut or a crash of the operating system. One sync serves every write committed with it
     * (group commit). The default.
     */
    SYNC,

    /**
     * Once the write is committed to the data file, without syncing it: an acknowledged write survives the death of
     * the process ({@code kill -9}), but a power cut or a crash of the operating system may lose the writes of the
     * last seconds, as far as the operating system had not flushed them. Faster where syncs are slow; chosen, never
     * the default.
     */
    NO_SYNC
}
