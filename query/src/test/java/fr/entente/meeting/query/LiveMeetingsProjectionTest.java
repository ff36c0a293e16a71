package fr.entente.meeting.query;

import com.mongodb.client.MongoDatabase;
import fr.entente.cooperation.query.EventFeed;
import fr.entente.testing.TestMongo;
import fr.entente.meeting.api.MeetingCancelledEvent;
import fr.entente.meeting.api.MeetingEndedEvent;
import fr.entente.meeting.api.MeetingScheduledEvent;
import fr.entente.meeting.api.MeetingStartedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Which meetings are live, as the command side asks it, against a real MongoDB-wire server. */
class LiveMeetingsProjectionTest {

    private static final String HDF = "hauts-de-france";
    private static final String GROUP = "gt-observatoire";
    private static final String JUNE = "gt-2026-06-09";
    private static final String JULY = "gt-2026-07-07";

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    private LiveMeetingsProjection projection;
    private EventFeed events;

    @BeforeEach
    void emptyDatabase() {
        MongoDatabase database = mongo.freshDatabase();
        projection = new LiveMeetingsProjection(database);
        events = EventFeed.to(projection);
    }

    private static MeetingScheduledEvent scheduled(String meetingId, LocalDate date) {
        return new MeetingScheduledEvent(meetingId, HDF, GROUP, null, "GT", date, LocalTime.of(9, 30), LocalTime.NOON,
                                         "Lille", null);
    }

    @Test
    void aStartedMeetingIsLive() {
        events.feed(scheduled(JUNE, LocalDate.of(2026, 6, 9)), new MeetingStartedEvent(JUNE));

        assertThat(projection.isLive(HDF, GROUP, JUNE)).isTrue();
    }

    @Test
    void aMeetingScheduledEndedOrCancelledIsNotLive() {
        events.feed(scheduled(JUNE, LocalDate.of(2026, 6, 9)), scheduled(JULY, LocalDate.of(2026, 7, 7)),
                    scheduled("gt-2026-09-08", LocalDate.of(2026, 9, 8)),
                    new MeetingStartedEvent(JUNE), new MeetingEndedEvent(JUNE),
                    new MeetingCancelledEvent("gt-2026-09-08", "Grève"));

        assertThat(projection.isLive(HDF, GROUP, JUNE)).isFalse();
        assertThat(projection.isLive(HDF, GROUP, JULY)).isFalse();
        assertThat(projection.isLive(HDF, GROUP, "gt-2026-09-08")).isFalse();
    }

    @Test
    void aLiveMeetingOfAnotherBodyOrCooperationDoesNotCount() {
        events.feed(scheduled(JULY, LocalDate.of(2026, 7, 7)), new MeetingStartedEvent(JULY));

        assertThat(projection.isLive(HDF, "codir", JULY)).isFalse();
        assertThat(projection.isLive("bretagne", GROUP, JULY)).isFalse();
    }

    @Test
    void aScheduledEventSeenAgainKeepsTheMeetingLive() {
        events.feed(scheduled(JULY, LocalDate.of(2026, 7, 7)), new MeetingStartedEvent(JULY),
                    scheduled(JULY, LocalDate.of(2026, 7, 7)));

        assertThat(projection.isLive(HDF, GROUP, JULY)).isTrue();
    }

    @Test
    void aReplayStartsFromNoMeetings() {
        events.feed(scheduled(JULY, LocalDate.of(2026, 7, 7)), new MeetingStartedEvent(JULY));

        projection.reset();

        assertThat(projection.isLive(HDF, GROUP, JULY)).isFalse();
    }
}
