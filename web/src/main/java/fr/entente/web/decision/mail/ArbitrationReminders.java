package fr.entente.web.decision.mail;

import fr.entente.infra.cluster.ScheduledWorkLeases;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import fr.entente.decision.api.DecisionMode;
import fr.entente.decision.query.DecisionView;
import fr.entente.decision.query.FindDecisionsDueQuery;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The reminder of an arbitration: {@code entente.decision.reminder-before} (48 hours) before the deadline, the voters
 * of the centres that have not voted get the mail again, with their links. Once per decision, across restarts and
 * nodes: the {@value #COLLECTION} collection keeps which decisions were reminded (an insert under the decision's id,
 * which only one can make). Looks every {@code entente.decision.deadline-check}; "now" is the events' clock.
 */
@Component
class ArbitrationReminders implements SmartLifecycle {

    static final String COLLECTION = "decision_reminders";
    private static final Logger log = LoggerFactory.getLogger(ArbitrationReminders.class);

    private final QueryGateway queries;
    private final ArbitrationMails mails;
    private final ArbitrationRecipients recipients;
    private final MongoCollection<Document> reminded;
    private final Duration before;
    private final Duration interval;
    private final ScheduledWorkLeases leases;
    private ScheduledExecutorService watcher;

    ArbitrationReminders(QueryGateway queries, ArbitrationMails mails, ArbitrationRecipients recipients,
                         MongoDatabase database,
                         @Value("${entente.decision.reminder-before:48h}") Duration before,
                         @Value("${entente.decision.deadline-check:10s}") Duration interval,
                         ScheduledWorkLeases leases) {
        this.leases = leases;
        this.queries = queries;
        this.mails = mails;
        this.recipients = recipients;
        this.reminded = database.getCollection(COLLECTION);
        this.before = before;
        this.interval = interval;
    }

    /** Reminds the voters of every open arbitration whose deadline is within the reminder's delay, once each. */
    void remindDue() {
        Instant now = GenericEventMessage.clock.instant();
        List<String> due = queries.query(new FindDecisionsDueQuery(now.plus(before)),
                                         ResponseTypes.multipleInstancesOf(String.class)).join();
        for (String decisionId : due) {
            mails.find(decisionId)
                 .filter(decision -> decision.open() && decision.mode() == DecisionMode.ASYNCHRONOUS)
                 .filter(decision -> decision.deadline().isAfter(now))
                 .filter(this::firstTime)
                 .ifPresent(decision -> mails.remind(decision, recipients.votersOf(
                         decision, centre -> !decision.votedOrganisations().contains(centre))));
        }
    }

    private boolean firstTime(DecisionView decision) {
        try {
            reminded.insertOne(new Document("_id", decision.decisionId()).append("at", new Date()));
            return true;
        } catch (MongoWriteException taken) {
            if (taken.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw taken;
        }
    }

    @Override
    public void start() {
        watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "decision-reminders");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(() -> {
            try {
                leases.runAlone("arbitration-reminders", this::remindDue);
            } catch (RuntimeException e) {
                log.warn("Looking for arbitrations to remind failed; trying again in {}", interval, e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (watcher != null) {
            watcher.shutdownNow();
            watcher = null;
        }
    }

    @Override
    public boolean isRunning() {
        return watcher != null;
    }
}
