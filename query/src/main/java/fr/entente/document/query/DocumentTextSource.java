package fr.entente.document.query;

import fr.entente.document.api.StoredFile;

/**
 * The text of a stored file, for the documents' search index: the hub's web module reads the bytes (GridFS) and
 * extracts it; the index only asks. Empty for a file with no text the hub reads (an image), never {@code null}.
 */
public interface DocumentTextSource {

    String textOf(StoredFile file);
}
