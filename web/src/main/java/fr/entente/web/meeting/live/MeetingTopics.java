package fr.entente.web.meeting.live;

import fr.entente.web.live.LiveTopicRule;
import fr.entente.web.meeting.MeetingAccess;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The meetings' live topics: a body's list and each meeting, for the people who sit in the body ({@link MeetingAccess}). */
@Component
class MeetingTopics implements LiveTopicRule {

    private static final Pattern BODY_MEETINGS = Pattern.compile("cooperation/([^/]+)/body/([^/]+)/meetings");
    private static final Pattern MEETING = Pattern.compile("cooperation/([^/]+)/meeting/([^/]+)");

    private final MeetingAccess meetings;

    MeetingTopics(MeetingAccess meetings) {
        this.meetings = meetings;
    }

    @Override
    public Optional<Boolean> maySee(String personId, String topic) {
        Matcher bodyMeetings = BODY_MEETINGS.matcher(topic);
        if (bodyMeetings.matches()) {
            return Optional.of(meetings.sitsIn(personId, bodyMeetings.group(1), bodyMeetings.group(2)));
        }
        Matcher meeting = MEETING.matcher(topic);
        if (meeting.matches()) {
            return Optional.of(meetings.seenBy(personId, meeting.group(1), meeting.group(2)).isPresent());
        }
        return Optional.empty();
    }
}
