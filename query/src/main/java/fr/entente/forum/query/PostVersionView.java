package fr.entente.forum.query;

import java.time.Instant;

/** One version of a post, as written or edited: the history a member sees. */
public record PostVersionView(int version, String text, String editorId, Instant at) {
}
