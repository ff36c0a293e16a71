package fr.entente.web.live;

import java.util.Optional;

/**
 * Who may follow the live topics of one context, as that context's pages decide: each context gives its rule as a
 * bean, and {@link LiveTopicAuthorizer} asks them all.
 */
public interface LiveTopicRule {

    /** Whether this person may follow this topic, or empty if the topic is not one of this context's. */
    Optional<Boolean> maySee(String personId, String topic);
}
