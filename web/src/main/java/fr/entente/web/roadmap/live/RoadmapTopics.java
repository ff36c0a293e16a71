package fr.entente.web.roadmap.live;

import fr.entente.web.live.LiveTopicRule;
import fr.entente.web.roadmap.RoadmapAccess;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The roadmaps' live topic: a roadmap, for those who see it ({@link RoadmapAccess}). */
@Component
class RoadmapTopics implements LiveTopicRule {

    private static final Pattern ROADMAP = Pattern.compile("cooperation/([^/]+)/roadmap/([^/]+)");

    private final RoadmapAccess roadmaps;

    RoadmapTopics(RoadmapAccess roadmaps) {
        this.roadmaps = roadmaps;
    }

    @Override
    public Optional<Boolean> maySee(String personId, String topic) {
        Matcher roadmap = ROADMAP.matcher(topic);
        return roadmap.matches() ? Optional.of(roadmaps.seenBy(personId, roadmap.group(1), roadmap.group(2))) : Optional.empty();
    }
}
