package fr.entente.web.decision.mail;

import fr.entente.common.query.LogPosition;
import fr.entente.decision.api.DecisionEnteredInRegisterEvent;
import fr.entente.decision.api.DecisionMode;
import fr.entente.decision.api.DecisionOpenedEvent;
import fr.entente.decision.api.DelegateDesignatedEvent;
import fr.entente.decision.query.DecisionView;
import fr.entente.decision.query.FindDecisionQuery;
import fr.entente.infra.mail.MailOutbox;
import fr.entente.infra.mail.OutgoingMail;
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
 * The arbitration mails (convention art. 4: "par échange de courriels"): at the opening of an asynchronous decision,
 * each voter gets the question, its text, the deadline and one signed link per option (and, where the hub reads its
 * mailbox, a reply address of their own); a delegate gets the same when designated; the body learns the result once
 * the decision has its number. One mail per person, in their language. The mails that carry links are sent through
 * SMTP only, never written to the log (a link votes). The reminder is {@link ArbitrationReminders}'.
 * <p>
 * Its processing group starts at the head of the log ({@link ArbitrationMailsConfiguration}): nothing of the past is
 * mailed, and its token makes each event mailed once.
 */
@Component
@ProcessingGroup(ArbitrationMails.PROCESSING_GROUP)
public class ArbitrationMails {

    static final String PROCESSING_GROUP = "decision-mails";

    private static final Logger log = LoggerFactory.getLogger(ArbitrationMails.class);
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(20);

    private final QueryGateway queries;
    private final ArbitrationRecipients recipients;
    private final ArbitrationMailTexts texts;
    private final MailOutbox outbox;
    private final ReplyAddresses replies;

    ArbitrationMails(QueryGateway queries, ArbitrationRecipients recipients, ArbitrationMailTexts texts,
                     MailOutbox outbox, ReplyAddresses replies) {
        this.queries = queries;
        this.recipients = recipients;
        this.texts = texts;
        this.outbox = outbox;
        this.replies = replies;
    }

    @EventHandler
    void on(DecisionOpenedEvent event, LogPosition position) {
        if (event.mode() == DecisionMode.ASYNCHRONOUS) {
            decisionAt(event.decisionId(), position).ifPresent(decision -> invite(decision, recipients.votersOf(decision, centre -> true)));
        }
    }

    @EventHandler
    void on(DelegateDesignatedEvent event, LogPosition position) {
        decisionAt(event.decisionId(), position)
                .filter(decision -> decision.open() && decision.mode() == DecisionMode.ASYNCHRONOUS)
                .ifPresent(decision -> recipients.addressee(event.delegateId())
                                                 .ifPresent(delegate -> invite(decision, List.of(delegate))));
    }

    @EventHandler
    void on(DecisionEnteredInRegisterEvent event, LogPosition position) {
        decisionAt(event.decisionId(), position).ifPresent(decision -> {
            String bodyName = recipients.bodyName(decision).orElse(decision.bodyId());
            recipients.everyoneOf(decision).forEach(to -> {
                ArbitrationMailTexts.Text text = texts.result(decision, bodyName, to);
                outbox.send(OutgoingMail.text(List.of(to.email()), text.subject(), text.body()));
            });
        });
    }

    /** Sends each voter their own mail, with their own links and reply address. */
    void invite(DecisionView decision, List<Addressee> voters) {
        send(decision, voters, false);
    }

    void remind(DecisionView decision, List<Addressee> voters) {
        send(decision, voters, true);
    }

    private void send(DecisionView decision, List<Addressee> voters, boolean reminder) {
        String bodyName = recipients.bodyName(decision).orElse(decision.bodyId());
        int unsent = 0;
        for (Addressee to : voters) {
            Optional<String> replyTo = replies.addressOf(decision, to.personId());
            ArbitrationMailTexts.Text text = reminder ? texts.reminder(decision, bodyName, to, replyTo.isPresent())
                                                      : texts.invitation(decision, bodyName, to, replyTo.isPresent());
            OutgoingMail mail = OutgoingMail.text(List.of(to.email()), text.subject(), text.body());
            if (!outbox.sendSecret(replyTo.map(mail::withReplyTo).orElse(mail))) {
                unsent++;
            }
        }
        if (unsent > 0) {
            log.info("{} arbitration mail(s) of decision {} not sent (no SMTP server, or it failed): those voters vote "
                     + "on the decision's page", unsent, decision.decisionId());
        }
    }

    private Optional<DecisionView> decisionAt(String decisionId, LogPosition position) {
        long deadline = System.nanoTime() + READ_MODEL_WAIT.toNanos();
        Optional<DecisionView> decision = find(decisionId);
        while (position.known() && decision.map(view -> view.position() < position.value()).orElse(true)
               && System.nanoTime() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            decision = find(decisionId);
        }
        if (decision.isEmpty()) {
            log.warn("Decision {} is not in the read model: no mail for event {}", decisionId, position);
        }
        return decision;
    }

    Optional<DecisionView> find(String decisionId) {
        return queries.query(new FindDecisionQuery(decisionId), ResponseTypes.optionalInstanceOf(DecisionView.class)).join();
    }
}
