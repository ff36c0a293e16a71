package fr.entente.web.meeting.mail;

import fr.entente.common.query.LogPosition;
import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.infra.mail.MailOutbox;
import fr.entente.infra.mail.OutgoingMail;
import fr.entente.infra.security.PersonAccount;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.meeting.api.AgendaPublishedEvent;
import fr.entente.meeting.api.MeetingCancelledEvent;
import fr.entente.meeting.api.MeetingMovedEvent;
import fr.entente.meeting.query.FindMeetingQuery;
import fr.entente.meeting.query.MeetingView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * E-mails the members of a body when something they must know happens to one of its meetings: its agenda is
 * published (or published again after a change), it is moved, it is cancelled. One mail per person, so that no one
 * sees the others' addresses; with no SMTP server configured, the mails are written to the log ({@link MailOutbox}).
 * <p>
 * Its processing group starts at the head of the log ({@link MeetingNotificationsConfiguration}): a new installation,
 * or a new version of this class, never mails about the past, and its token makes each event mailed once. The texts
 * read the meeting's read model, which another processor writes: it waits until that model has caught up with the
 * event being notified.
 */
@Component
@ProcessingGroup(MeetingNotifications.PROCESSING_GROUP)
public class MeetingNotifications {

    static final String PROCESSING_GROUP = "meeting-notifications";

    private static final Logger log = LoggerFactory.getLogger(MeetingNotifications.class);
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(20);

    private final QueryGateway queries;
    private final PersonAccounts accounts;
    private final MailOutbox outbox;
    private final MeetingMailTexts texts;

    MeetingNotifications(QueryGateway queries, PersonAccounts accounts, MailOutbox outbox, MeetingMailTexts texts) {
        this.queries = queries;
        this.accounts = accounts;
        this.outbox = outbox;
        this.texts = texts;
    }

    @EventHandler
    void on(AgendaPublishedEvent event, LogPosition position) {
        meetingAt(event.meetingId(), position).ifPresent(meeting -> mailMembers(meeting, texts::agendaPublished));
    }

    @EventHandler
    void on(MeetingMovedEvent event, LogPosition position) {
        meetingAt(event.meetingId(), position).ifPresent(meeting -> mailMembers(meeting, texts::meetingMoved));
    }

    @EventHandler
    void on(MeetingCancelledEvent event, LogPosition position) {
        meetingAt(event.meetingId(), position).ifPresent(meeting -> mailMembers(meeting, texts::meetingCancelled));
    }

    private void mailMembers(MeetingView meeting, MeetingMailTexts.Composer composer) {
        Optional<BodyView> body = queries.query(new FindBodyQuery(meeting.cooperationId(), meeting.bodyId()),
                                                ResponseTypes.optionalInstanceOf(BodyView.class)).join();
        if (body.isEmpty()) {
            return;
        }
        String bodyName = body.get().name() == null ? body.get().bodyId() : body.get().name();
        body.get().members().forEach(member -> accounts.find(member.personId())
                .filter(account -> account.email() != null && !account.email().isBlank())
                .ifPresent(account -> send(account, composer.compose(meeting, bodyName, account.displayName()))));
    }

    private void send(PersonAccount account, MeetingMailTexts.Text text) {
        outbox.send(OutgoingMail.text(List.of(account.email()), text.subject(), text.body()));
    }

    /** The meeting as of the event notified: the read model once it has applied that event (or its last state). */
    private Optional<MeetingView> meetingAt(String meetingId, LogPosition position) {
        long deadline = System.nanoTime() + READ_MODEL_WAIT.toNanos();
        Optional<MeetingView> meeting = find(meetingId);
        while (position.known() && meeting.map(view -> view.position() < position.value()).orElse(true)
               && System.nanoTime() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            meeting = find(meetingId);
        }
        if (meeting.isEmpty()) {
            log.warn("Meeting {} is not in the read model: its members are not mailed about event {}", meetingId, position);
        }
        return meeting;
    }

    private Optional<MeetingView> find(String meetingId) {
        return queries.query(new FindMeetingQuery(meetingId), ResponseTypes.optionalInstanceOf(MeetingView.class)).join();
    }
}
