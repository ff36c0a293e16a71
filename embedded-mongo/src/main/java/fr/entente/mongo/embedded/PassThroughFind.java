package fr.entente.mongo.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Answers a {@code find} with the stored BSON of the documents, when the whole answer fits in the first batch and the
 * collection finds the documents without the matcher ({@link EmbeddedCollection#storedMatches}): the event store's
 * look-ups by key and reads of {@code _id} ranges. mongo-java-server's way decodes each document into its map, runs
 * the matcher and encodes the map again for the reply: three quarters of the server's time in a replay or an aggregate
 * load. Any other {@code find} (projection, sort, skip, a cursor, an option this class does not know) takes that way.
 */
final class PassThroughFind {

    /** The fields of a find command this class answers; any other leaves the command to mongo-java-server. */
    private static final Set<String> UNDERSTOOD = Set.of("find", "filter", "batchSize", "limit", "singleBatch", "$db",
        "lsid", "$readPreference", "$clusterTime", "maxTimeMS", "readConcern");
    /** MongoDB's first batch when the command gives no batch size. */
    private static final int DEFAULT_FIRST_BATCH = 101;
    /** Beyond this, the reply would come near MongoDB's limit of a message (48 MB) or its batches' (16 MB). */
    private static final long MAX_BATCH_BYTES = 16L * 1024 * 1024;

    private PassThroughFind() {
    }

    /** The reply to the command, or null if it is not one this class answers. */
    static Document answer(MongoDatabase database, String databaseName, Document command) {
        for (String field : command.keySet()) {
            if (!UNDERSTOOD.contains(field)) {
                return null;
            }
        }
        if (!(command.get("find") instanceof String collectionName)
            || !(command.get("filter") instanceof Document filter) || filter.isEmpty()
            || !isLocal(command.get("readConcern"))) {
            return null;
        }
        Long limit = whole(command, "limit");
        Long batchSize = whole(command, "batchSize");
        // a batch size of 0 asks for an empty first batch and a cursor
        if (limit == null || batchSize == null || batchSize < 0
            || (command.containsKey("batchSize") && batchSize == 0)) {
            return null;
        }
        Object single = command.getOrDefault("singleBatch", Boolean.FALSE);
        if (!(single instanceof Boolean)) {
            return null;
        }
        boolean singleBatch = (Boolean) single || limit < 0;
        long limitCap = limit == 0 ? Long.MAX_VALUE : Math.abs(limit);
        long batchCap = batchSize > 0 ? batchSize : (singleBatch ? Long.MAX_VALUE : DEFAULT_FIRST_BATCH);
        long take = singleBatch ? Math.min(limitCap, batchCap) : Math.min(limitCap, safeIncrement(batchCap));
        MongoCollection<?> collection = database.resolveCollection(collectionName, false);
        if (!(collection instanceof EmbeddedCollection embedded)) {
            return null;
        }
        // more than a batch needs a cursor: mongo-java-server's way keeps one
        List<byte[]> found = embedded.storedMatches(filter, take, batchCap);
        if (found == null) {
            return null;
        }
        List<StoredBson> batch = new ArrayList<>(found.size());
        long bytes = 0;
        for (byte[] bson : found) {
            bytes += bson.length;
            batch.add(new StoredBson(bson));
        }
        if (bytes > MAX_BATCH_BYTES) {
            return null;
        }
        Document cursor = new Document("firstBatch", batch)
            .append("id", 0L)
            .append("ns", databaseName + "." + collectionName);
        return new Document("cursor", cursor).append("ok", 1.0);
    }

    /** A read concern of the default kind (or none): this server has one version of the data. */
    private static boolean isLocal(Object readConcern) {
        if (readConcern == null) {
            return true;
        }
        if (readConcern instanceof Document document) {
            Object level = document.get("level");
            return document.keySet().stream().allMatch("level"::equals)
                && (level == null || "local".equals(level) || "available".equals(level));
        }
        return false;
    }

    /** The field as a whole number, 0 if absent, null if it is something else. */
    private static Long whole(Document command, String field) {
        Object value = command.get(field);
        if (value == null) {
            return 0L;
        }
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        return null;
    }

    private static long safeIncrement(long value) {
        return value == Long.MAX_VALUE ? value : value + 1;
    }
}
