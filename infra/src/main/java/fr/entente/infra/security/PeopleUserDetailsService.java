package fr.entente.infra.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Finds the person signing in by username, whatever its case. An invited person who has not set a password yet
 * is not found, exactly like an unknown username: sign-in says nothing about which accounts exist.
 */
public class PeopleUserDetailsService implements UserDetailsService {

    private final PersonAccounts accounts;

    public PeopleUserDetailsService(PersonAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.principalOf(username)
                       .orElseThrow(() -> new UsernameNotFoundException("No active account for this username"));
    }
}
