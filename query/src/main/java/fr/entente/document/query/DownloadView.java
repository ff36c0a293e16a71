package fr.entente.document.query;

import java.time.Instant;

/** A recorded download: which version, by whom, when. */
public record DownloadView(int version, String personId, Instant at) {
}
