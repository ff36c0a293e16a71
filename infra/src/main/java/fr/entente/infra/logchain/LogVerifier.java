package fr.entente.infra.logchain;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Recomputes the chain from the log as it is stored now and compares it, entry by entry, with the chain kept beside it
 * and with the signed checkpoints: it names the first entry altered, moved, missing or inserted. Someone who rewrote
 * both an entry and every link after it is caught by the first checkpoint signed after that entry, which they cannot
 * sign again without the hub's private key.
 */
public class LogVerifier {

    private static final int BATCH = 5_000;
    private static final byte[] DIGEST = "digest".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] LINK = "link".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final org.bson.codecs.BsonDocumentCodec DOCUMENTS = new org.bson.codecs.BsonDocumentCodec();

    private final LogChain chain;
    private final Clock clock;

    public LogVerifier(LogChain chain, Clock clock) {
        this.chain = chain;
        this.clock = clock;
    }

    /** The log against its chain alone, when no public key is at hand to check checkpoints with. */
    public Verification verifyWithoutCheckpoints() {
        return verify(List.of(), null);
    }

    /** The log against its chain and these checkpoints, whose signatures {@code signatures} checks first. */
    public Verification verify(List<Checkpoint> checkpoints, CheckpointSignatures signatures) {
        long started = System.nanoTime();
        Map<Long, List<Checkpoint>> checkpointsByPosition = checkpoints.stream()
                .collect(Collectors.groupingBy(Checkpoint::position));
        for (Checkpoint checkpoint : checkpoints) {
            if (!signatures.verifies(checkpoint)) {
                return result(started, 0, 0, 0, new LogProblem(LogProblem.Kind.CHECKPOINT_FORGED, Long.toString(checkpoint.position()),
                        "the checkpoint of " + checkpoint.day() + " does not verify with the hub's public key"));
            }
        }
        long chainedUpTo = chain.head().map(LogChain.Link::position).orElse(Long.MIN_VALUE);
        long first = Math.min(PositionWindows.firstPosition(chain.events()).orElse(Long.MAX_VALUE),
                              PositionWindows.firstPosition(chain.links()).orElse(Long.MAX_VALUE));
        Verification windowed;
        long entriesRead;
        long linksRead;
        try (PositionWindows windowedEntries = new PositionWindows(chain.events(), first, chainedUpTo);
             PositionWindows windowedLinks = new PositionWindows(chain.links(), first, chainedUpTo)) {
            windowed = verify(started, chainedUpTo, checkpoints, checkpointsByPosition,
                              new Cursor(windowedEntries), new Cursor(windowedLinks));
            entriesRead = windowedEntries.read();
            linksRead = windowedLinks.read();
        }
        if (windowed.problem().isPresent()) {
            return windowed;
        }
        // what the windows cannot see (an entry at no whole-number position, one beyond the chain's head that is no
        // entry of the log's tail) shows in the counts: then the whole collections are read in order, to name it
        // (the counts are the collections' own, kept as documents come and go: reading them costs no scan)
        List<BsonDocument> beyondHead = chain.events().find(Filters.and(Filters.gt("_id", chainedUpTo),
                                                                        Filters.lte("_id", Long.MAX_VALUE)))
                                             .limit(PositionWindows.WINDOW).batchSize(PositionWindows.WINDOW)
                                             .into(new java.util.ArrayList<>());
        if (beyondHead.size() < PositionWindows.WINDOW
            && beyondHead.stream().allMatch(entry -> LogChain.isPosition(entry.get("_id")))
            && chain.events().estimatedDocumentCount() == entriesRead + beyondHead.size()
            && chain.links().estimatedDocumentCount() == linksRead) {
            return windowed;
        }
        try (MongoCursor<RawBsonDocument> entries = PositionWindows.raw(chain.events()).find()
                                                         .sort(Sorts.ascending("_id")).batchSize(BATCH).iterator();
             MongoCursor<RawBsonDocument> links = PositionWindows.raw(chain.links()).find()
                                                       .sort(Sorts.ascending("_id")).batchSize(BATCH).iterator()) {
            return verify(started, chainedUpTo, checkpoints, checkpointsByPosition, new Cursor(entries), new Cursor(links));
        }
    }

    /** The documents of a collection in position order: a cursor sorted by the store, or windows of positions. */
    private record Cursor(java.util.Iterator<? extends BsonDocument> documents) {

        boolean hasNext() {
            return documents.hasNext();
        }

        BsonDocument next() {
            return documents.next();
        }
    }

    private Verification verify(long started, long chainedUpTo, List<Checkpoint> checkpoints,
                                Map<Long, List<Checkpoint>> checkpointsByPosition, Cursor entries, Cursor links) {
        byte[] previous = LogChain.GENESIS;
        long checked = 0;
        int checkpointsChecked = 0;
        Set<Long> metCheckpoints = new HashSet<>();
        BsonDocument link = links.hasNext() ? links.next() : null;
        while (entries.hasNext()) {
            BsonDocument entry = entries.next();
            BsonValue id = PositionWindows.idOf(entry);
            if (!LogChain.isPosition(id)) {
                return result(started, checked, chainedUpTo, checkpointsChecked, new LogProblem(LogProblem.Kind.INSERTED,
                        describe(id), "an entry whose position is not a number of the global sequence"));
            }
            long position = LogChain.positionOf(id);
            if (position > chainedUpTo) {
                break;
            }
            long linkPosition = link == null ? Long.MAX_VALUE : LogChain.positionOf(PositionWindows.idOf(link));
            if (linkPosition < position) {
                return result(started, checked, chainedUpTo, checkpointsChecked, new LogProblem(LogProblem.Kind.MISSING,
                        Long.toString(linkPosition), "the chain covers this position, the log holds nothing there"));
            }
            if (linkPosition > position) {
                return result(started, checked, chainedUpTo, checkpointsChecked, new LogProblem(LogProblem.Kind.INSERTED,
                        Long.toString(position), "the chain never saw an entry at this position"));
            }
            byte[] digest = entry instanceof RawBsonDocument raw ? CanonicalEvent.digest(raw) : null;
            byte[][] kept = link instanceof RawBsonDocument raw ? PositionWindows.binaries(raw, DIGEST, LINK) : null;
            byte[] keptDigest = kept != null ? kept[0] : link.getBinary("digest").getData();
            byte[] keptLink = kept != null ? kept[1] : link.getBinary("link").getData();
            if (!Arrays.equals(digest, keptDigest)) {
                // the stored bytes differ from the canonical form the chain hashed, or the driver would not encode
                // back what it decoded from them (a string that is not valid UTF-8, a repeated name): the decoded way
                byte[] decoded = CanonicalEvent.digest(entry instanceof RawBsonDocument raw ? raw.decode(DOCUMENTS) : entry);
                if (!Arrays.equals(decoded, keptDigest)) {
                    return result(started, checked, chainedUpTo, checkpointsChecked, movedOrAltered(position, digest, decoded));
                }
                digest = decoded;
            }
            byte[] recomputed = CanonicalEvent.link(previous, position, digest);
            if (!Arrays.equals(recomputed, keptLink)) {
                return result(started, checked, chainedUpTo, checkpointsChecked, new LogProblem(LogProblem.Kind.CHAIN_ALTERED,
                        Long.toString(position), "the link kept for this position is not the one its entry and the link before give"));
            }
            for (Checkpoint checkpoint : checkpointsByPosition.getOrDefault(position, List.of())) {
                if (!checkpoint.linkHex().equals(HexFormat.of().formatHex(recomputed))) {
                    return result(started, checked, chainedUpTo, checkpointsChecked, new LogProblem(LogProblem.Kind.CHECKPOINT_MISMATCH,
                            Long.toString(position), "the log up to this position differs from what the checkpoint of "
                                                     + checkpoint.day() + " signed"));
                }
                checkpointsChecked++;
                metCheckpoints.add(position);
            }
            previous = recomputed;
            checked++;
            link = links.hasNext() ? links.next() : null;
        }
        if (link != null && LogChain.positionOf(link.get("_id")) <= chainedUpTo) {
            return result(started, checked, chainedUpTo, checkpointsChecked, new LogProblem(LogProblem.Kind.MISSING,
                    Long.toString(LogChain.positionOf(link.get("_id"))), "the chain covers this position, the log holds nothing there"));
        }
        for (Checkpoint checkpoint : checkpoints) {
            // a checkpoint only ever signs a position the chain had reached: one beyond it means the log was cut short
            if (!metCheckpoints.contains(checkpoint.position())) {
                return result(started, checked, chainedUpTo, checkpointsChecked, new LogProblem(LogProblem.Kind.CHECKPOINT_MISMATCH,
                        Long.toString(checkpoint.position()), "the checkpoint of " + checkpoint.day()
                                                              + " names a position the log no longer holds"));
            }
        }
        return result(started, checked, chainedUpTo, checkpointsChecked, null);
    }

    /** An entry whose digest the chain kept at another position was moved there; any other is altered. */
    private LogProblem movedOrAltered(long position, byte[] digest, byte[] decodedDigest) {
        Optional<Long> keptAt = Optional.ofNullable(digest == null ? null : chain.links().find(Filters.eq("digest", new BsonBinary(digest))).first())
                                        .or(() -> Optional.ofNullable(chain.links().find(Filters.eq("digest", new BsonBinary(decodedDigest))).first()))
                                        .map(found -> LogChain.positionOf(found.get("_id")));
        return keptAt.filter(at -> at != position)
                     .map(at -> new LogProblem(LogProblem.Kind.REORDERED, Long.toString(position),
                                               "this entry was written at position " + at))
                     .orElseGet(() -> new LogProblem(LogProblem.Kind.ALTERED, Long.toString(position),
                                                     "this entry differs from what was written at this position"));
    }

    private static String describe(BsonValue id) {
        if (id.isDouble()) {
            return Double.toString(id.asDouble().getValue());
        }
        return id.isString() ? id.asString().getValue() : id.toString();
    }

    private Verification result(long started, long checked, long chainedUpTo, int checkpointsChecked, LogProblem problem) {
        return new Verification(Instant.now(clock), checked, chainedUpTo == Long.MIN_VALUE ? 0 : chainedUpTo,
                                checkpointsChecked, Optional.ofNullable(problem), (System.nanoTime() - started) / 1_000_000);
    }
}
