package fr.entente.document.api;

import org.axonframework.serialization.Revision;

/** An earlier version ({@code restoredVersion}) became the current one again, as version {@code version}. */
@Revision("1")
public record DocumentVersionRestoredEvent(String documentId, int version, int restoredVersion, StoredFile file,
                                           String restoredBy) {
}
