package fr.entente.web.decision.live;

import fr.entente.web.decision.DecisionAccess;
import fr.entente.web.live.LiveTopicRule;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The decisions' live topics: a body's decisions and each decision, for those who see them ({@link DecisionAccess}). */
@Component
class DecisionTopics implements LiveTopicRule {

    private static final Pattern BODY_DECISIONS = Pattern.compile("cooperation/([^/]+)/body/([^/]+)/decisions");
    private static final Pattern DECISION = Pattern.compile("cooperation/([^/]+)/decision/([^/]+)");

    private final DecisionAccess decisions;

    DecisionTopics(DecisionAccess decisions) {
        this.decisions = decisions;
    }

    @Override
    public Optional<Boolean> maySee(String personId, String topic) {
        Matcher body = BODY_DECISIONS.matcher(topic);
        if (body.matches()) {
            return Optional.of(decisions.seesBody(personId, body.group(1), body.group(2)));
        }
        Matcher decision = DECISION.matcher(topic);
        if (decision.matches()) {
            return Optional.of(decisions.seenBy(personId, decision.group(1), decision.group(2)).isPresent());
        }
        return Optional.empty();
    }
}
