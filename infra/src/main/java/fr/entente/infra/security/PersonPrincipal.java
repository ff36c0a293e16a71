package fr.entente.infra.security;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The signed-in person: who they are in the log ({@link #personId()}) and how they sign in. What they may see and
 * do depends on their memberships of cooperations, read at each request, not on authorities fixed at sign-in.
 */
public final class PersonPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String personId;
    private final String username;
    private final String displayName;
    private String passwordHash;

    public PersonPrincipal(String personId, String username, String displayName, String passwordHash) {
        this.personId = Objects.requireNonNull(personId, "personId");
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    public String personId() {
        return personId;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of();
    }

    /** Spring Security forgets the hash once the person is signed in: the session never holds it. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonPrincipal principal && personId.equals(principal.personId);
    }

    @Override
    public int hashCode() {
        return personId.hashCode();
    }

    @Override
    public String toString() {
        return "PersonPrincipal[" + personId + "]";
    }
}
