package fr.entente.web.study.live;

import fr.entente.web.live.LiveTopicRule;
import fr.entente.web.study.StudyAccess;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The studies' live topics: a study and the cooperation's studies, for those who see them ({@link StudyAccess}). */
@Component
class StudyTopics implements LiveTopicRule {

    private static final Pattern STUDY = Pattern.compile("cooperation/([^/]+)/study/([^/]+)");
    private static final Pattern STUDIES = Pattern.compile("cooperation/([^/]+)/studies");

    private final StudyAccess studies;

    StudyTopics(StudyAccess studies) {
        this.studies = studies;
    }

    @Override
    public Optional<Boolean> maySee(String personId, String topic) {
        Matcher study = STUDY.matcher(topic);
        if (study.matches()) {
            return Optional.of(studies.seenBy(personId, study.group(1), study.group(2)).isPresent());
        }
        Matcher list = STUDIES.matcher(topic);
        if (list.matches()) {
            return Optional.of(studies.followsStudies(personId, list.group(1)));
        }
        return Optional.empty();
    }
}
