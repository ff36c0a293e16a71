package fr.entente.web.decision.mail;

import fr.entente.infra.cluster.ScheduledWorkLeases;
import fr.entente.common.api.RefusedException;
import fr.entente.decision.query.DecisionView;
import fr.entente.infra.audit.Actor;
import fr.entente.infra.mail.MailOutbox;
import fr.entente.infra.mail.OutgoingMail;
import fr.entente.web.decision.Decisions;
import fr.entente.web.security.Memberships;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Votes by replying to an arbitration mail: where {@code entente.mail.imap.host} is set, reads the mailbox of
 * {@code entente.mail.imap.address} over IMAP (Jakarta Mail) every {@code entente.mail.imap.poll}. A reply to
 * {@code vote+<token>@…} whose first word is an option (pour, contre, abstention; case and accents ignored; the quoted
 * mail ignored) records the vote of the person the token stands for, who gets a confirmation; a reply it cannot read
 * gets a short help. A reply to an unknown token, or for a decision that is closed, records nothing and is logged
 * (without any address). Each message read is deleted from the mailbox. The vote's actor is the voter, as with a link.
 */
@Component
class ArbitrationReplies implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ArbitrationReplies.class);

    private final ReplyAddresses addresses;
    private final ReplyTokens tokens;
    private final ArbitrationMails mails;
    private final ArbitrationRecipients recipients;
    private final ArbitrationMailTexts texts;
    private final MailOutbox outbox;
    private final Decisions decisions;
    private final Memberships memberships;
    private final Properties settings = new Properties();
    private final String host;
    private final int port;
    private final String protocol;
    private final String username;
    private final String password;
    private final String folderName;
    private final Duration poll;
    private final ScheduledWorkLeases leases;
    private ScheduledExecutorService reader;

    ArbitrationReplies(ReplyAddresses addresses, ReplyTokens tokens, ArbitrationMails mails,
                       ArbitrationRecipients recipients, ArbitrationMailTexts texts, MailOutbox outbox,
                       Decisions decisions, Memberships memberships,
                       @Value("${entente.mail.imap.host:}") String host,
                       @Value("${entente.mail.imap.port:993}") int port,
                       @Value("${entente.mail.imap.protocol:imaps}") String protocol,
                       @Value("${entente.mail.imap.username:}") String username,
                       @Value("${entente.mail.imap.password:}") String password,
                       @Value("${entente.mail.imap.folder:INBOX}") String folderName,
                       @Value("${entente.mail.imap.poll:1m}") Duration poll, ScheduledWorkLeases leases) {
        this.leases = leases;
        this.addresses = addresses;
        this.tokens = tokens;
        this.mails = mails;
        this.recipients = recipients;
        this.texts = texts;
        this.outbox = outbox;
        this.decisions = decisions;
        this.memberships = memberships;
        this.host = host;
        this.port = port;
        this.protocol = protocol;
        this.username = username;
        this.password = password;
        this.folderName = folderName;
        this.poll = poll;
        settings.put("mail." + protocol + ".connectiontimeout", "10000");
        settings.put("mail." + protocol + ".timeout", "20000");
    }

    /** Reads the new messages of the mailbox once; returns how many it handled. */
    int readMailbox() throws MessagingException, IOException {
        Store store = Session.getInstance(settings).getStore(protocol);
        store.connect(host, port, username, password);
        try {
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_WRITE);
            int handled = 0;
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.DELETED), false))) {
                    handle(message);
                    message.setFlag(Flags.Flag.DELETED, true);
                    handled++;
                }
            } finally {
                folder.close(true);
            }
            return handled;
        } finally {
            store.close();
        }
    }

    private void handle(Message message) throws MessagingException, IOException {
        Optional<String> token = recipientsOf(message).stream().map(addresses::tokenIn).flatMap(Optional::stream).findFirst();
        Optional<ReplyTokens.Voter> voter = token.flatMap(tokens::find);
        if (voter.isEmpty()) {
            log.info("A reply to the arbitration mailbox names no known token ({}): nothing recorded",
                     token.isPresent() ? "unknown token" : "no vote+<token> address");
            return;
        }
        Optional<DecisionView> decision = mails.find(voter.get().decisionId());
        Optional<Addressee> to = recipients.addressee(voter.get().personId());
        if (decision.isEmpty() || to.isEmpty()) {
            log.info("A reply for decision {} names a voter or decision the hub no longer has: nothing recorded",
                     voter.get().decisionId());
            return;
        }
        if (!decision.get().open()) {
            log.info("A reply for decision {} came after its close: nothing recorded", voter.get().decisionId());
            answer(to.get(), texts.help(decision.get(), to.get(), "closed"));
            return;
        }
        Optional<String> option = ReplyReading.vote(textOf(message), decision.get().options());
        if (option.isEmpty()) {
            answer(to.get(), texts.help(decision.get(), to.get(), "unreadable"));
            return;
        }
        try {
            String organisationId = memberships.of(voter.get().cooperationId(), voter.get().personId())
                                               .map(membership -> membership.organisationId()).orElse(null);
            decisions.voteAs(new Actor(voter.get().personId(), organisationId, voter.get().cooperationId()),
                             voter.get().decisionId(), option.get());
            answer(to.get(), texts.recorded(decision.get(), option.get(), to.get()));
        } catch (RefusedException refused) {
            log.info("A reply's vote on decision {} was refused: {}", voter.get().decisionId(), refused.code());
            answer(to.get(), texts.help(decision.get(), to.get(), "refused"));
        }
    }

    private void answer(Addressee to, ArbitrationMailTexts.Text text) {
        outbox.send(OutgoingMail.text(List.of(to.email()), text.subject(), text.body()));
    }

    private static List<String> recipientsOf(Message message) throws MessagingException {
        List<String> found = new ArrayList<>();
        Address[] all = message.getAllRecipients();
        if (all != null) {
            for (Address address : all) {
                found.add(address.toString());
            }
        }
        for (String header : List.of("Delivered-To", "X-Original-To", "Envelope-To")) {
            String[] values = message.getHeader(header);
            if (values != null) {
                found.addAll(List.of(values));
            }
        }
        return found;
    }

    /** The reply's plain text: its text/plain part (the first), or nothing. */
    private static String textOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                String text = textOf(parts.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    @Override
    public void start() {
        if (host.isBlank() || !addresses.enabled()) {
            return;
        }
        reader = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "arbitration-replies");
            thread.setDaemon(true);
            return thread;
        });
        // one node reads the mailbox at a time: two would answer the same reply twice
        reader.scheduleWithFixedDelay(() -> leases.runAlone("arbitration-replies", () -> {
            try {
                readMailbox();
            } catch (MessagingException | IOException | RuntimeException e) {
                log.warn("Reading the arbitration mailbox failed ({}); trying again in {}", e.toString(), poll);
            }
        }), 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (reader != null) {
            reader.shutdownNow();
            reader = null;
        }
    }

    @Override
    public boolean isRunning() {
        return reader != null;
    }
}
