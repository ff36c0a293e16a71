package fr.entente.web.document;

/**
 * Deletes a stored file's bytes for good: the hub's is GridFS's ({@link DocumentFiles#forget}), where a file already
 * gone is no matter and any other failure (the store unreachable) is thrown. A seam of its own so that a test can make
 * a deletion fail as a lost connection would, then let the real store delete.
 */
@FunctionalInterface
public interface StoredFileDeletion {

    void delete(String fileId);
}
