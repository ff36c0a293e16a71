package fr.entente.infra.security;

import java.time.Instant;

/**
 * A person's account, as the {@code people} collection keeps it outside the event log, so that a person can be
 * erased: the log knows them by {@code personId} only. {@code active} is false until they set a password.
 */
public record PersonAccount(String personId, String username, String displayName, String email, boolean active,
                            Instant createdAt) {
}
