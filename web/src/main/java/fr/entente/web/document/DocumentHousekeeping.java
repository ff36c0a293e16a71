package fr.entente.web.document;

import fr.entente.document.api.DocumentDurations;
import fr.entente.document.api.DocumentRefusedException;
import fr.entente.document.api.ExpireLockCommand;
import fr.entente.document.api.PurgeDocumentCommand;
import fr.entente.document.query.DocumentView;
import fr.entente.document.query.FindDocumentsToPurgeQuery;
import fr.entente.document.query.FindExpiredLocksQuery;
import fr.entente.document.query.VersionView;
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
 * The documents' housekeeping, every ten minutes (and a minute after start), on the application's {@link Clock} bean if
 * there is one (tests move it):
 * <ul>
 *     <li>a document in the trash for {@link DocumentDurations#TRASH_KEPT} (30 days) is purged: the document records it
 *     ({@link PurgeDocumentCommand}, refused if it was restored meanwhile or is not due), then the bytes of its versions
 *     are deleted from GridFS ({@link DocumentFileDeletions}: a deletion that fails is tried again at each turn, and
 *     the health says so if it keeps failing); its events stay in the log;</li>
 *     <li>the files of refused versions kept for a retry are deleted when their keeping ends;</li>
 *     <li>a lock held for longer than {@link DocumentDurations#LOCK_LASTS} (24 hours) is released
 *     ({@link ExpireLockCommand}), recorded as expired.</li>
 * </ul>
 * The document decides whether each is due, so several nodes checking at once record each once.
 */
@Component
public class DocumentHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(DocumentHousekeeping.class);

    private final QueryGateway queries;
    private final DocumentCommands commands;
    private final DocumentFileDeletions deletions;
    private final Clock clock;

    DocumentHousekeeping(QueryGateway queries, DocumentCommands commands, DocumentFileDeletions deletions,
                         ObjectProvider<Clock> clocks) {
        this.queries = queries;
        this.commands = commands;
        this.deletions = deletions;
        this.clock = clocks.getIfAvailable(Clock::systemUTC);
    }

    @Scheduled(initialDelayString = "${entente.documents.housekeeping.first-check:PT1M}",
               fixedDelayString = "${entente.documents.housekeeping.every:PT10M}")
    void now() {
        Instant now = clock.instant();
        purge(now);
        deletions.deleteDue(now);
        expireLocks(now);
    }

    /** Purges the documents due at {@code now}; how many. */
    public int purge(Instant now) {
        int purged = 0;
        for (DocumentView document : queries.query(new FindDocumentsToPurgeQuery(now.minus(DocumentDurations.TRASH_KEPT)),
                                                   ResponseTypes.multipleInstancesOf(DocumentView.class)).join()) {
            if (send(document, new PurgeDocumentCommand(document.documentId(), document.cooperationId(), now))) {
                deletions.schedule(document.documentId(), document.versions().stream().map(VersionView::file)
                                                                  .map(file -> file.fileId()).distinct().toList(),
                                   DocumentFileDeletions.Reason.PURGED, now);
                purged++;
            }
        }
        return purged;
    }

    /** Releases the locks held too long at {@code now}; how many. */
    public int expireLocks(Instant now) {
        List<DocumentView> locked = queries.query(new FindExpiredLocksQuery(now.minus(DocumentDurations.LOCK_LASTS)),
                                                  ResponseTypes.multipleInstancesOf(DocumentView.class)).join();
        int expired = 0;
        for (DocumentView document : locked) {
            if (send(document, new ExpireLockCommand(document.documentId(), document.cooperationId(), now))) {
                expired++;
            }
        }
        return expired;
    }

    private boolean send(DocumentView document, Object command) {
        try {
            commands.sendAsHub(document.cooperationId(), command);
            return true;
        } catch (DocumentRefusedException notDue) {
            return false;
        } catch (RuntimeException e) {
            log.warn("The documents' housekeeping could not record a purge or a lock's expiry; tried again later", e);
            return false;
        }
    }
}
