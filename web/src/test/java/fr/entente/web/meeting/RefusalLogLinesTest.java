package fr.entente.web.meeting;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Supplier;

import static fr.entente.web.meeting.WorkingGroupMeetings.A;
import static fr.entente.web.meeting.WorkingGroupMeetings.BODY;
import static fr.entente.web.meeting.WorkingGroupMeetings.OFFICER;
import static fr.entente.web.meeting.WorkingGroupMeetings.expect;
import static fr.entente.web.meeting.WorkingGroupMeetings.meeting;
import static fr.entente.web.meeting.WorkingGroupMeetings.schedule;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal is the hub doing its job: it is logged as one line at INFO saying its code and field, without a stack
 * trace, a warning or what was sent; whether the aggregate refuses a creation, a change, or Bean Validation the
 * request.
 */
@ExtendWith(SharedApiWorld.class)
class RefusalLogLinesTest {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private ApiClient officer;

    @BeforeEach
    void listen(ApiWorld world) {
        WorkingGroupMeetings.seat(world);
        officer = world.signedIn(OFFICER);
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(log);
        log.stop();
    }

    @Test
    void logsARefusedCreationAsOneInfoLine() {
        List<ILoggingEvent> lines = loggedWhile(() -> officer.post(A + "/bodies/" + BODY + "/meetings", """
                {"title":"Réunion à l'envers","date":"2027-12-01","startTime":"16:00","endTime":"14:00",
                 "place":"Salle des Secrets"}"""), 422);

        assertOneInfoLine(lines, "Refused: meeting.end-before-start on endTime");
    }

    @Test
    void logsARefusedChangeAsOneInfoLine() {
        String meeting = meeting(schedule(officer, "Groupe de travail des journaux"));
        expect(officer.post(meeting + "/start", ""), 204);

        List<ILoggingEvent> lines = loggedWhile(() -> officer.post(meeting + "/start", ""), 409);

        assertOneInfoLine(lines, "Refused: meeting.already-started");
    }

    @Test
    void logsAValidationRefusalAsOneInfoLineWithoutWhatWasSent() {
        List<ILoggingEvent> lines = loggedWhile(() -> officer.post(A + "/bodies/" + BODY + "/meetings", """
                {"title":"<b>Confidentiel : M. Dupont</b>","date":"2027-12-01","startTime":"14:00",
                 "endTime":"16:00","place":"Salle 2"}"""), 422);

        assertOneInfoLine(lines, "Refused: request.invalid-fields on title");
        assertThat(lines).noneMatch(line -> line.getFormattedMessage().contains("Dupont"));
    }

    @Test
    void escapesOntoItsLineAFieldNameTheRequestChose() {
        List<ILoggingEvent> lines = loggedWhile(() -> officer.post(A + "/bodies/" + BODY + "/meetings", """
                {"title":"GT","x\\r\\nINFO forged line":1}"""), 400);

        assertOneInfoLine(lines, "Refused: request.unknown-field on x\\r\\nINFO forged line");
    }

    private List<ILoggingEvent> loggedWhile(Supplier<Response> request, int status) {
        log.list.clear();
        Response response = request.get();
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return List.copyOf(log.list);
    }

    private static void assertOneInfoLine(List<ILoggingEvent> lines, String line) {
        assertThat(lines).filteredOn(event -> event.getFormattedMessage().startsWith("Refused: "))
                         .singleElement()
                         .satisfies(event -> {
                             assertThat(event.getFormattedMessage()).isEqualTo(line);
                             assertThat(event.getLevel()).isEqualTo(Level.INFO);
                             assertThat(event.getThrowableProxy()).isNull();
                         });
        assertThat(lines).as("stack traces").noneMatch(event -> event.getThrowableProxy() != null);
        assertThat(lines).as("warnings where Axon and Spring MVC report what a request met")
                         .noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN)
                                             && (event.getLoggerName().startsWith("org.axonframework")
                                                 || event.getLoggerName().startsWith("org.springframework.web")
                                                 || event.getLoggerName().startsWith("fr.entente.web.problem")));
    }
}
