package fr.entente.web.live;

import fr.entente.infra.security.PersonPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * Who may follow which live topic: the rule of the context whose topic it is ({@link LiveTopicRule}), the same one its
 * pages and API apply. A topic no context knows, and one of another cooperation above all, is refused without saying
 * whether it exists.
 */
@Component
public class LiveTopicAuthorizer {

    private final List<LiveTopicRule> rules;

    public LiveTopicAuthorizer(List<LiveTopicRule> rules) {
        this.rules = rules;
    }

    boolean maySee(Principal user, String topic) {
        return personIdOf(user)
                .flatMap(personId -> rules.stream().map(rule -> rule.maySee(personId, topic)).flatMap(Optional::stream)
                                          .findFirst())
                .orElse(false);
    }

    Optional<String> personIdOf(Principal user) {
        if (user instanceof Authentication authentication
            && authentication.getPrincipal() instanceof PersonPrincipal person) {
            return Optional.of(person.personId());
        }
        return Optional.empty();
    }
}
