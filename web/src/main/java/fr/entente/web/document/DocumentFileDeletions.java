package fr.entente.web.document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import fr.entente.document.api.StoredFile;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The stored files waiting to be deleted, in collection {@value #COLLECTION}: a purged document's (due at once) and a
 * refused version's kept for a retry (due when its keeping ends). The housekeeping deletes those due at each turn; a
 * deletion that fails stays, counted, and is tried again at the next turn, so a purge is never lost; after
 * {@value #FAILURES_BEFORE_WARNING} failures the health says so ({@link DocumentFileDeletionsHealthIndicator}).
 * <p>
 * One node deletes a file: it takes the entry out first ({@code findOneAndDelete}), and puts it back, counted, if the
 * deletion failed. A retry that takes a kept file takes its entry out the same way ({@link #take}), so a file is either
 * deleted or taken up, never both.
 */
@Component
public class DocumentFileDeletions {

    public static final String COLLECTION = "documentFileDeletions";
    public static final int FAILURES_BEFORE_WARNING = 3;

    /** Why a file waits: the kinds of entries. */
    public enum Reason { PURGED, REFUSED_VERSION_KEPT }

    /** A file whose deletion keeps failing, as the health shows it. */
    public record Failing(String fileId, String documentId, Reason reason, int attempts, String lastError,
                          Instant lastAttemptAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(DocumentFileDeletions.class);

    private final MongoCollection<Document> pending;
    private final StoredFileDeletion deletion;

    DocumentFileDeletions(MongoDatabase database, StoredFileDeletion deletion) {
        this.pending = database.getCollection(COLLECTION);
        this.deletion = deletion;
        pending.createIndex(Indexes.ascending("dueAt"));
    }

    /** These files of that document are to be deleted from {@code dueAt} on; a file already waiting keeps its count. */
    public void schedule(String documentId, Collection<String> fileIds, Reason reason, Instant dueAt) {
        for (String fileId : fileIds) {
            pending.updateOne(Filters.eq("_id", fileId),
                              Updates.combine(Updates.setOnInsert("documentId", documentId),
                                              Updates.setOnInsert("attempts", 0),
                                              Updates.set("reason", reason.name()),
                                              Updates.set("dueAt", Date.from(dueAt))),
                              new UpdateOptions().upsert(true));
        }
    }

    /** The file of a refused version of that document, kept until {@code until} with what the log will say of it. */
    public void keep(String documentId, StoredFile file, Instant until) {
        schedule(documentId, List.of(file.fileId()), Reason.REFUSED_VERSION_KEPT, until);
        pending.updateOne(Filters.eq("_id", file.fileId()), Updates.set("file", new Document("name", file.name())
                .append("size", file.size()).append("contentType", file.contentType()).append("sha256", file.sha256())));
    }

    /**
     * Takes a file kept for a retry out of the deletions, for that document; empty if it is not (or no longer) waiting:
     * deleted since, taken by another retry, or kept for another document.
     */
    public Optional<StoredFile> take(String fileId, String documentId) {
        Document entry = pending.findOneAndDelete(Filters.and(Filters.eq("_id", fileId),
                                                              Filters.eq("documentId", documentId),
                                                              Filters.eq("reason", Reason.REFUSED_VERSION_KEPT.name())));
        if (entry == null) {
            return Optional.empty();
        }
        Document file = entry.get("file", Document.class);
        return Optional.of(new StoredFile(fileId, file.getString("name"), file.get("size", Number.class).longValue(),
                                          file.getString("contentType"), file.getString("sha256")));
    }

    /** Deletes the files due at {@code now}; how many are still waiting for it (failed this time). */
    public int deleteDue(Instant now) {
        List<String> failedNow = new ArrayList<>();
        for (Document entry = takeDue(now, failedNow); entry != null; entry = takeDue(now, failedNow)) {
            String fileId = entry.getString("_id");
            try {
                deletion.delete(fileId);
            } catch (RuntimeException e) {
                failedNow.add(fileId);
                putBack(entry, now, e);
            }
        }
        return failedNow.size();
    }

    /** The files whose deletion failed {@value #FAILURES_BEFORE_WARNING} times or more and still wait. */
    public List<Failing> failing() {
        List<Failing> failing = new ArrayList<>();
        pending.find(Filters.gte("attempts", FAILURES_BEFORE_WARNING)).forEach(entry -> failing.add(new Failing(
                entry.getString("_id"), entry.getString("documentId"), Reason.valueOf(entry.getString("reason")),
                entry.getInteger("attempts", 0), entry.getString("lastError"),
                entry.getDate("lastAttemptAt") == null ? null : entry.getDate("lastAttemptAt").toInstant())));
        return failing;
    }

    public long waiting() {
        return pending.countDocuments();
    }

    /** The next entry due, taken out; those whose deletion failed at this turn are left for the next. */
    private Document takeDue(Instant now, List<String> failedNow) {
        return pending.findOneAndDelete(Filters.and(Filters.lte("dueAt", Date.from(now)), Filters.nin("_id", failedNow)));
    }

    private void putBack(Document entry, Instant now, RuntimeException failure) {
        int attempts = entry.getInteger("attempts", 0) + 1;
        entry.put("attempts", attempts);
        entry.put("lastError", String.valueOf(failure.getMessage()));
        entry.put("lastAttemptAt", Date.from(now));
        pending.insertOne(entry);
        if (attempts == 1 || attempts == FAILURES_BEFORE_WARNING) {
            log.warn("A stored file of document {} could not be deleted ({} attempt(s)); tried again at the next "
                     + "housekeeping turn", entry.getString("documentId"), attempts, failure);
        }
    }
}
