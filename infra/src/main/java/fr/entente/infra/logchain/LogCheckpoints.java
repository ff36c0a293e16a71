package fr.entente.infra.logchain;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The daily signed checkpoints of the log, one per day at most ({@value #COLLECTION}, keyed by the day): written
 * once, never replaced, so that a second node or a restart the same day changes nothing.
 */
public class LogCheckpoints {

    public static final String COLLECTION = "logcheckpoints";

    private final MongoCollection<Document> checkpoints;
    private final LogChain chain;
    private final CheckpointSignatures signatures;
    private final Clock clock;

    public LogCheckpoints(MongoDatabase database, LogChain chain, CheckpointSignatures signatures, Clock clock) {
        this.checkpoints = database.getCollection(COLLECTION);
        this.chain = chain;
        this.signatures = signatures;
        this.clock = clock;
    }

    /** Signs the chain's head for this day, unless the day has its checkpoint already or the chain has not begun. */
    public Optional<Checkpoint> writeFor(LocalDate day) {
        Optional<Checkpoint> existing = of(day);
        if (existing.isPresent()) {
            return existing;
        }
        return chain.head().map(head -> {
            Checkpoint checkpoint = signatures.sign(new Checkpoint(day, head.position(), head.linkHex(),
                                                                   Instant.now(clock).truncatedTo(ChronoUnit.SECONDS), null));
            try {
                checkpoints.insertOne(toDocument(checkpoint));
                return checkpoint;
            } catch (MongoWriteException e) {
                if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                    return of(day).orElseThrow();
                }
                throw e;
            }
        });
    }

    public Optional<Checkpoint> of(LocalDate day) {
        return Optional.ofNullable(checkpoints.find(Filters.eq("_id", day.toString())).first()).map(LogCheckpoints::fromDocument);
    }

    /** Every checkpoint, oldest first. */
    public List<Checkpoint> all() {
        return checkpoints.find().sort(Sorts.ascending("_id")).map(LogCheckpoints::fromDocument).into(new java.util.ArrayList<>());
    }

    public CheckpointSignatures signatures() {
        return signatures;
    }

    private static Document toDocument(Checkpoint checkpoint) {
        return new Document("_id", checkpoint.day().toString()).append("position", checkpoint.position())
                                                               .append("link", checkpoint.linkHex())
                                                               .append("signedAt", checkpoint.signedAt().toString())
                                                               .append("signature", checkpoint.signature());
    }

    static Checkpoint fromDocument(Document document) {
        return new Checkpoint(LocalDate.parse(document.getString("_id")), document.get("position", Number.class).longValue(),
                              document.getString("link"), Instant.parse(document.getString("signedAt")),
                              document.getString("signature"));
    }
}
