package fr.entente.web.meeting.mail;

import fr.entente.common.query.LogPosition;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.query.BodyMemberView;
import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.infra.mail.MailOutbox;
import fr.entente.infra.mail.OutgoingMail;
import fr.entente.infra.security.PersonAccount;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.live.query.LiveTopics;
import fr.entente.meeting.api.AgendaItemRequestDeclinedEvent;
import fr.entente.meeting.api.AgendaPublishedEvent;
import fr.entente.meeting.api.MeetingCancelledEvent;
import fr.entente.meeting.api.MeetingMovedEvent;
import fr.entente.meeting.api.MeetingSeriesPlannedEvent;
import fr.entente.meeting.api.MeetingStartedEvent;
import fr.entente.meeting.api.MinutesPublishedEvent;
import fr.entente.meeting.api.MinutesSubmittedEvent;
import fr.entente.meeting.query.FindMeetingQuery;
import fr.entente.meeting.query.MeetingView;
import fr.entente.web.live.LiveSubscriptions;
import fr.entente.web.meeting.MeetingCalendar;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * E-mails the people of a body when something they must know happens to one of its meetings: its agenda is published
 * (or published again after a change), it is moved or cancelled, its year's calendar is planned (with each person's
 * own calendar feed), it starts (to those who do not have it open), its minutes are published; the convenor, when
 * minutes wait for their approval; a member, when their request is declined (with the reason). One mail per person,
 * in their language, so that no one sees the others' addresses; with no SMTP server configured, the mails of a demo
 * hub are written to the log ({@link MailOutbox}).
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
    private final MeetingCalendar calendar;
    private final LiveSubscriptions live;

    MeetingNotifications(QueryGateway queries, PersonAccounts accounts, MailOutbox outbox, MeetingMailTexts texts,
                         MeetingCalendar calendar, LiveSubscriptions live) {
        this.queries = queries;
        this.accounts = accounts;
        this.outbox = outbox;
        this.texts = texts;
        this.calendar = calendar;
        this.live = live;
    }

    @EventHandler
    void on(AgendaPublishedEvent event, LogPosition position) {
        meetingAt(event.meetingId(), position).ifPresent(meeting -> mail(meeting, everyone(), texts::agendaPublished));
    }

    @EventHandler
    void on(MeetingMovedEvent event, LogPosition position) {
        meetingAt(event.meetingId(), position).ifPresent(meeting -> mail(meeting, everyone(), texts::meetingMoved));
    }

    @EventHandler
    void on(MeetingCancelledEvent event, LogPosition position) {
        meetingAt(event.meetingId(), position).ifPresent(meeting -> mail(meeting, everyone(), texts::meetingCancelled));
    }

    /** Those who do not have the meeting open are told it starts; the one who opened it knows. */
    @EventHandler
    void on(MeetingStartedEvent event, LogPosition position, @MetaDataValue("actorId") String actorId) {
        meetingAt(event.meetingId(), position).ifPresent(meeting -> {
            Set<String> following = live.peopleFollowing(LiveTopics.meeting(meeting.cooperationId(), meeting.meetingId()));
            mail(meeting, member -> !following.contains(member.personId()) && !member.personId().equals(actorId),
                 texts::meetingStarted);
        });
    }

    /** The convenor approves the minutes: they are told when minutes wait for them. */
    @EventHandler
    void on(MinutesSubmittedEvent event, LogPosition position) {
        meetingAt(event.meetingId(), position).ifPresent(
                meeting -> mail(meeting, member -> member.role() == BodyRole.CONVENOR, texts::minutesSubmitted));
    }

    @EventHandler
    void on(MinutesPublishedEvent event, LogPosition position) {
        meetingAt(event.meetingId(), position).ifPresent(meeting -> mail(meeting, everyone(), texts::minutesPublished));
    }

    /** The member whose request was declined is told why. */
    @EventHandler
    void on(AgendaItemRequestDeclinedEvent event, LogPosition position) {
        meetingAt(event.meetingId(), position).ifPresent(meeting -> meeting.requests().stream()
                .filter(request -> request.requestId().equals(event.requestId())).findFirst()
                .ifPresent(request -> recipient(request.requestedBy()).ifPresent(to -> send(to,
                        texts.requestDeclined(meeting, request.title(), event.reason(), to.recipient())))));
    }

    /** The year's calendar: each member gets the dates, and their own feed to subscribe to. */
    @EventHandler
    void on(MeetingSeriesPlannedEvent event) {
        body(event.cooperationId(), event.bodyId()).ifPresent(body -> body.members().forEach(
                member -> recipient(member.personId()).ifPresent(to -> send(to, texts.seriesPlanned(
                        event, nameOf(body), calendar.feedUrlOf(member.personId()), to.recipient())))));
    }

    private static Predicate<BodyMemberView> everyone() {
        return member -> true;
    }

    private void mail(MeetingView meeting, Predicate<BodyMemberView> who, MeetingMailTexts.Composer composer) {
        body(meeting.cooperationId(), meeting.bodyId()).ifPresent(body -> body.members().stream().filter(who).forEach(
                member -> recipient(member.personId()).ifPresent(
                        to -> send(to, composer.compose(meeting, nameOf(body), to.recipient())))));
    }

    private Optional<BodyView> body(String cooperationId, String bodyId) {
        return queries.query(new FindBodyQuery(cooperationId, bodyId), ResponseTypes.optionalInstanceOf(BodyView.class))
                      .join();
    }

    private static String nameOf(BodyView body) {
        return body.name() == null ? body.bodyId() : body.name();
    }

    /** A person with an account and an address, and the language they chose. */
    private record Addressee(PersonAccount account, MeetingMailTexts.Recipient recipient) {
    }

    private Optional<Addressee> recipient(String personId) {
        return accounts.find(personId)
                       .filter(account -> account.active() && account.email() != null && !account.email().isBlank())
                       .map(account -> new Addressee(account, new MeetingMailTexts.Recipient(
                               personId, account.displayName(), accounts.languageOf(personId))));
    }

    private void send(Addressee to, MeetingMailTexts.Text text) {
        outbox.send(OutgoingMail.text(List.of(to.account().email()), text.subject(), text.body()));
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
