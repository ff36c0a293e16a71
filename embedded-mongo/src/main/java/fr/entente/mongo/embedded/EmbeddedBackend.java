package fr.entente.mongo.embedded;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

/**
 * mongo-java-server's H2 backend, made durable and indexed.
 * <p>
 * Every command passes through {@link #handleCommand} (OP_MSG and legacy OP_QUERY commands alike), which is
 * where this class hooks in:
 * <ul>
 * <li>a command that may write runs inside the {@link GroupCommit} gate, and its reply is held back until a
 * commit covering it has reached the file;</li>
 * <li>every command, read or write, registers the store version it reads
 * ({@link MVStore#registerVersionUsage()}) for as long as it runs: the MVStore then frees no chunk that
 * pages of that version live in, so the retention time can be zero without "Chunk N not found". Query results
 * are materialised inside the command (mongo-java-server collects them into lists and keeps cursors in
 * memory), so nothing reads pages after the registration ends;</li>
 * <li>no command but those of the handshake runs before the connection has authenticated
 * ({@link ConnectionAuthentication}).</li>
 * </ul>
 * Databases are {@link EmbeddedDatabase}s: BSON-encoded documents and {@link OrderedIndex}es.
 */
final class EmbeddedBackend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBackend.class);

    /**
     * Commands known not to change data; anything else is treated as a write (a commit is cheap if nothing
     * changed). Not listDatabases: mongo-java-server opens every database anew for it, which may create maps.
     */
    private static final Set<String> READ_ONLY_COMMANDS = Set.of(
        "find", "getmore", "count", "distinct", "listcollections", "listindexes",
        "ismaster", "hello", "buildinfo", "ping", "serverstatus", "dbstats", "collstats", "whatsmyuri",
        "getlasterror", "reseterror", "killcursors", "endsessions", "connectionstatus", "hostinfo",
        "getcmdlineopts", "getfreemonitoringstatus", "getlog", "replsetgetstatus", "validate", "getparameter",
        "saslstart", "saslcontinue", "explain", "dbhash");

    private final MVStore store;
    private final GroupCommit groupCommit;
    private final ConnectionAuthentication authentication;

    EmbeddedBackend(MVStore store, Durability durability, ConnectionAuthentication authentication) {
        super(store);
        this.store = store;
        this.groupCommit = new GroupCommit(store, durability);
        this.authentication = authentication;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        // called from H2Backend's constructor too: use only what the superclasses hold
        return new EmbeddedDatabase(databaseName, getMvStore(), getCursorRegistry());
    }

    /**
     * The {@code $match} that opens the aggregation this thread is running, for its collection's scan
     * ({@link EmbeddedCollection#queryAllAsStream()}): mongo-java-server's aggregation reads the whole collection
     * and filters it, which the driver's countDocuments(filter) runs into on every call.
     */
    private static final ThreadLocal<AggregateMatch> AGGREGATE_MATCH = new ThreadLocal<>();

    private record AggregateMatch(String namespace, Document filter) {
    }

    /** The filter of the {@code $match} opening the running aggregation on that collection, once. */
    static Document takeAggregateMatch(String namespace) {
        AggregateMatch match = AGGREGATE_MATCH.get();
        if (match != null && match.namespace().equals(namespace)) {
            AGGREGATE_MATCH.remove();
            return match.filter();
        }
        return null;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        AggregateMatch match = leadingMatch(databaseName, command, query);
        if (match == null) {
            return handle(channel, databaseName, command, query);
        }
        AGGREGATE_MATCH.set(match);
        try {
            return handle(channel, databaseName, command, query);
        } finally {
            AGGREGATE_MATCH.remove();
        }
    }

    private static AggregateMatch leadingMatch(String databaseName, String command, Document query) {
        if (command.equalsIgnoreCase("aggregate") && query.get(command) instanceof String collection
            && query.get("pipeline") instanceof List<?> stages && !stages.isEmpty()
            && stages.get(0) instanceof Document first && first.size() == 1
            && first.get("$match") instanceof Document filter) {
            return new AggregateMatch(databaseName + "." + collection, filter);
        }
        return null;
    }

    private Document handle(Channel channel, String databaseName, String command, Document query) {
        Document intercepted = authentication.intercept(channel, databaseName, command, query);
        if (intercepted != null) {
            return intercepted;
        }
        if (command.equalsIgnoreCase("hello") || command.equalsIgnoreCase("ismaster")) {
            Document response = hello(channel, databaseName, query);
            authentication.completeHello(channel, query, response);
            return response;
        }
        if (REPLY_IS_OP_MSG.get() != null && command.equals("find")) {
            Document answer = reading(() -> PassThroughFind.answer(resolveDatabase(databaseName), databaseName, query));
            if (answer != null) {
                PassThroughMessageEncoder.install(channel);
                return answer;
            }
        }
        if (isReadOnly(command, query)) {
            return reading(() -> super.handleCommand(channel, databaseName, command, query));
        }
        long ticket;
        Document response;
        groupCommit.beginWrite();
        try {
            response = reading(() -> super.handleCommand(channel, databaseName, command, query));
        } catch (RuntimeException e) {
            // what the failed command did change must be durable too before anyone is told
            groupCommit.awaitDurable(groupCommit.endWrite());
            throw e;
        }
        ticket = groupCommit.endWrite();
        if (!acknowledgedBeforeCommit(query)) {
            groupCommit.awaitDurable(ticket);
        }
        return response;
    }

    /**
     * A write whose write concern says {@code j: false} or {@code w: 0} is acknowledged once applied, as MongoDB
     * acknowledges it before its journal: the next commit makes it durable with whatever follows it (a commit saves
     * everything applied before it, so a later write that waits for its commit also waits for this one). Any other
     * write, with no write concern too, waits for its commit.
     */
    static boolean acknowledgedBeforeCommit(Document query) {
        if (query.get("writeConcern") instanceof Document writeConcern) {
            return Boolean.FALSE.equals(writeConcern.get("j"))
                || (writeConcern.get("w") instanceof Number w && w.intValue() == 0);
        }
        return false;
    }

    /**
     * {@code hello}, which current drivers and mongosh send once a server reports wire version 9 or more: the
     * {@code isMaster} answer, named as MongoDB 5 names it.
     */
    private Document hello(Channel channel, String databaseName, Document query) {
        Document response = reading(() -> super.handleCommand(channel, databaseName, "isMaster", query));
        response.put("isWritablePrimary", response.getOrDefault("ismaster", Boolean.TRUE));
        return response;
    }

    /**
     * Set while an OP_MSG is handled: its reply goes through the connection's OP_MSG encoder, which
     * {@link PassThroughMessageEncoder} can replace (a legacy OP_QUERY's reply has an encoder of its own).
     */
    private static final ThreadLocal<Boolean> REPLY_IS_OP_MSG = new ThreadLocal<>();

    @Override
    public Document handleMessage(MongoMessage message) {
        REPLY_IS_OP_MSG.set(Boolean.TRUE);
        try {
            return super.handleMessage(message);
        } finally {
            REPLY_IS_OP_MSG.remove();
        }
    }

    /** A legacy OP_QUERY read: refused, as any command, before authentication. */
    @Override
    public QueryResult handleQuery(MongoQuery query) {
        if (!authentication.isAuthenticated(query.getChannel())) {
            throw new MongoServerError(13, "Unauthorized", "query on " + query.getFullCollectionName()
                + " requires authentication");
        }
        return reading(() -> super.handleQuery(query));
    }

    private <T> T reading(Supplier<T> action) {
        MVStore.TxCounter usage = store.registerVersionUsage();
        try {
            return action.get();
        } finally {
            store.deregisterVersionUsage(usage);
        }
    }

    static boolean isReadOnly(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return !writesOutput(query.get("pipeline"));
        }
        return READ_ONLY_COMMANDS.contains(name);
    }

    private static boolean writesOutput(Object pipeline) {
        if (pipeline instanceof List<?> stages) {
            for (Object stage : stages) {
                if (stage instanceof Document document
                    && (document.containsKey("$out") || document.containsKey("$merge"))) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** Commits whatever is pending (used once at start, after indexes may have been built). */
    void commitNow() {
        groupCommit.commitNow();
    }

    GroupCommit.CommitStatistics commitStatistics() {
        return groupCommit.statistics();
    }

    @Override
    public void close() {
        if (!store.isClosed()) {
            try {
                groupCommit.commitNow();
                // no compaction here: MVStore's close-time compaction (moving chunks) grew a 16 MB file to 23 MB
                store.close();
            } catch (RuntimeException e) {
                log.warn("could not close {} cleanly", this, e);
            }
        }
        super.close();
    }
}
