package fr.entente.infra.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of accounts and sign-in ({@code entente.security.*}).
 *
 * @param maxFailedSignIns           failed sign-ins allowed for a username before it is locked for a while
 * @param maxFailedSignInsPerAddress failed sign-ins allowed from one client address (a centre's staff share one)
 * @param firstLock                  the first lock; each further failure doubles it
 * @param longestLock                the longest lock
 * @param invitationValidity         how long an invitation link can be used
 */
@ConfigurationProperties("entente.security")
public record AccountsProperties(@DefaultValue("5") int maxFailedSignIns,
                                 @DefaultValue("20") int maxFailedSignInsPerAddress,
                                 @DefaultValue("30s") Duration firstLock,
                                 @DefaultValue("15m") Duration longestLock,
                                 @DefaultValue("7d") Duration invitationValidity) {
}
