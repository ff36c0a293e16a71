package fr.entente.web.document;

import fr.entente.document.api.DocumentRefusedException;
import fr.entente.document.api.RemindReaderCommand;
import fr.entente.document.query.DocumentView;
import fr.entente.document.query.FindDocumentsWithRemindersDueQuery;
import fr.entente.document.query.ReaderView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The reminders of the documents sent "à lire": checked every few minutes (and soon after start, so that a hub
 * stopped when one fell due sends it when it comes back), each person who has not opened the document when the delay
 * is over is reminded once. The reminder is recorded in the log first ({@link RemindReaderCommand}, which the document
 * refuses if the person opened it meanwhile or was already reminded), then mailed: never twice, whatever the restarts
 * and however many nodes check. The clock is the application's {@link Clock} bean if there is one (tests drive it).
 */
@Component
public class DocumentReminders {

    private static final Logger log = LoggerFactory.getLogger(DocumentReminders.class);

    private final QueryGateway queries;
    private final DocumentCommands commands;
    private final DocumentReminderMails mails;
    private final Clock clock;

    DocumentReminders(QueryGateway queries, DocumentCommands commands, DocumentReminderMails mails,
                      ObjectProvider<Clock> clocks) {
        this.queries = queries;
        this.commands = commands;
        this.mails = mails;
        this.clock = clocks.getIfAvailable(Clock::systemUTC);
    }

    @Scheduled(initialDelayString = "${entente.documents.reminders.first-check:PT30S}",
               fixedDelayString = "${entente.documents.reminders.every:PT5M}")
    void sendDueNow() {
        sendDue(clock.instant());
    }

    /** Reminds everyone whose reminder is due at {@code now}; how many were reminded. */
    public int sendDue(Instant now) {
        int reminded = 0;
        List<DocumentView> due = queries.query(new FindDocumentsWithRemindersDueQuery(now),
                                               ResponseTypes.multipleInstancesOf(DocumentView.class)).join();
        for (DocumentView document : due) {
            for (ReaderView reader : document.readers()) {
                if (reader.reminderDue(now) && remind(document, reader)) {
                    reminded++;
                }
            }
        }
        return reminded;
    }

    private boolean remind(DocumentView document, ReaderView reader) {
        try {
            commands.sendAsHub(document.cooperationId(), new RemindReaderCommand(document.documentId(),
                                                                                 document.cooperationId(),
                                                                                 reader.personId()));
        } catch (DocumentRefusedException meanwhile) {
            return false;
        } catch (RuntimeException e) {
            log.warn("A reminder of a document to read could not be recorded; it is tried again at the next check", e);
            return false;
        }
        mails.remind(document, reader);
        return true;
    }
}
