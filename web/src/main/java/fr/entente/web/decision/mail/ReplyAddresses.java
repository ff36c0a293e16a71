package fr.entente.web.decision.mail;

import fr.entente.decision.query.DecisionView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reply address of a voter's arbitration mail, {@code vote+<token>@domain} from the mailbox the hub reads
 * ({@code entente.mail.imap.address}, such as {@code vote@cooperation.example}): only where the hub reads that mailbox
 * ({@code entente.mail.imap.host}); otherwise the mails say to vote by their links.
 */
@Component
public class ReplyAddresses {

    private final ReplyTokens tokens;
    private final String local;
    private final String domain;

    ReplyAddresses(ReplyTokens tokens, @Value("${entente.mail.imap.host:}") String host,
                   @Value("${entente.mail.imap.address:}") String address) {
        this.tokens = tokens;
        int at = address.lastIndexOf('@');
        boolean reading = !host.isBlank() && at > 0;
        this.local = reading ? address.substring(0, at) : null;
        this.domain = reading ? address.substring(at + 1) : null;
    }

    public boolean enabled() {
        return local != null;
    }

    Optional<String> addressOf(DecisionView decision, String personId) {
        if (!enabled()) {
            return Optional.empty();
        }
        return Optional.of(local + "+" + tokens.of(decision.cooperationId(), decision.decisionId(), personId) + "@" + domain);
    }

    /** The token of a reply address of this mailbox, if the address is one. */
    Optional<String> tokenIn(String address) {
        if (!enabled() || address == null) {
            return Optional.empty();
        }
        Matcher matcher = Pattern.compile(Pattern.quote(local) + "\\+([a-z2-7]{26})@" + Pattern.quote(domain),
                                          Pattern.CASE_INSENSITIVE).matcher(address.strip());
        return matcher.find() ? Optional.of(matcher.group(1).toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }
}
