package fr.entente.infra.security;

import java.time.Instant;

/**
 * An invitation just issued: the one-time {@code token} to put in the link sent to the person. Only its SHA-256
 * hash is stored, so the token exists nowhere else once this is handed over.
 */
public record IssuedInvitation(PersonAccount account, String token, Instant expiresAt) {
}
