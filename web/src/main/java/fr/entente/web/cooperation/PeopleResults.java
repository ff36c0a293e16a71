package fr.entente.web.cooperation;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;

import java.time.Instant;
import java.util.List;

/** What the endpoints about people answer. */
public final class PeopleResults {

    private PeopleResults() {
    }

    public record Me(String personId, String username, String displayName, String email,
                     List<Membership> cooperations) {
    }

    public record Membership(String cooperationId, String name, String region, String organisationId,
                             boolean administrator, List<BodySeat> bodies) {
    }

    /** {@code name} is {@code null} for a body of a standard kind left unnamed. */
    public record BodySeat(String bodyId, BodyKind kind, String name, BodyRole role) {
    }

    /**
     * An invitation issued. {@code link} is the one-time link to hand to the person when it could not be e-mailed
     * ({@code emailed} false: no SMTP server configured); {@code null} once e-mailed.
     */
    public record InvitationCreated(String personId, String cooperationId, String organisationId, String username,
                                    String displayName, String email, Instant expiresAt, boolean emailed,
                                    String link) {
    }

    public record AccountActivated(String personId, String username) {
    }
}
