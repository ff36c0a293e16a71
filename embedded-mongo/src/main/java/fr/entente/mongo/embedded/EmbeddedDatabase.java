package fr.entente.mongo.embedded;

import java.util.ArrayList;
import java.util.List;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * A database of the embedded server, stored in MVStore maps:
 * <ul>
 * <li>{@code databases.<db>.<collection>}: documents by position (their {@code _id}), BSON-encoded, in
 * {@link BsonOrder} (same names as mongo-java-server's {@code H2Database}, whose backend lists databases by them);</li>
 * <li>{@code meta.<db>.<collection>}: the collection's data size;</li>
 * <li>{@code indexes.<db>.<collection>.$<index>}: one {@link OrderedIndex} per index, unique or not,
 * {@code _id} included ({@code $} cannot occur in a collection name);</li>
 * <li>{@code embedded.indexFlags}: which indexes have held arrays.</li>
 * </ul>
 * It extends mongo-java-server's synchronized database directly rather than {@code H2Database}, whose
 * constructor opens collections and indexes before a subclass could set up its own fields.
 */
final class EmbeddedDatabase extends AbstractSynchronizedMongoDatabase<Object> {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    static final String DATA_PREFIX = "databases.";
    static final String META_PREFIX = "meta.";
    static final String INDEX_PREFIX = "indexes.";
    static final String INDEX_FLAGS_MAP = "embedded.indexFlags";

    private final MVStore store;
    private final MVMap<String, Object> indexFlags;

    EmbeddedDatabase(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, cursorRegistry);
        this.store = store;
        this.indexFlags = store.openMap(INDEX_FLAGS_MAP);
        initializeNamespacesAndIndexes();
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(collectionName);
        MVMap<Object, byte[]> dataMap = store.openMap(DATA_PREFIX + namespace,
            new MVMap.Builder<Object, byte[]>()
                .keyType(BsonValueType.INSTANCE)
                .valueType(BsonBytesType.INSTANCE));
        MVMap<String, Object> metaMap = store.openMap(META_PREFIX + namespace);
        return new EmbeddedCollection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        return openIndex(collectionName, indexName, keys, true, sparse);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        log.info("adding index {} on {} of {}", indexName, keys, getFullCollectionNamespace(collectionName));
        return openIndex(collectionName, indexName, keys, false, sparse);
    }

    private OrderedIndex openIndex(String collectionName, String indexName, List<IndexKey> keys, boolean unique,
                                   boolean sparse) {
        MongoCollection<Object> collection = resolveCollection(collectionName, false);
        String positionField = collection instanceof EmbeddedCollection embedded ? embedded.idField() : "_id";
        return new OrderedIndex(store, indexMapName(getFullCollectionNamespace(collectionName), indexName), indexFlags,
            indexName, keys, unique, sparse, positionField);
    }

    private static String indexMapName(String namespace, String indexName) {
        return INDEX_PREFIX + namespace + ".$" + indexName;
    }

    @Override
    protected long getStorageSize() {
        FileStore<?> fileStore = store.getFileStore();
        return fileStore == null ? 0 : fileStore.size();
    }

    @Override
    protected long getFileSize() {
        return getStorageSize();
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        MongoCollection<Object> collection = resolveCollection(collectionName, true);
        // drops the indexes (and their maps) first
        super.dropCollection(collectionName, oplog);
        if (collection instanceof EmbeddedCollection embedded) {
            embedded.removeMaps();
        }
        removeMapsStartingWith(INDEX_PREFIX + getFullCollectionNamespace(collectionName) + ".$");
    }

    @Override
    public void drop(Oplog oplog) {
        super.drop(oplog);
        removeMapsStartingWith(DATA_PREFIX + databaseName + ".");
        removeMapsStartingWith(META_PREFIX + databaseName + ".");
        removeMapsStartingWith(INDEX_PREFIX + databaseName + ".");
    }

    private void removeMapsStartingWith(String prefix) {
        List<String> names = new ArrayList<>();
        for (String name : store.getMapNames()) {
            if (name.startsWith(prefix)) {
                names.add(name);
            }
        }
        for (String name : names) {
            log.debug("removing map '{}'", name);
            store.removeMap(name);
        }
    }

    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        String newNamespace = getFullCollectionNamespace(newCollectionName);
        super.moveCollection(oldDatabase, collection, newCollectionName);
        if (collection instanceof EmbeddedCollection embedded) {
            embedded.renameMaps(DATA_PREFIX + newNamespace, META_PREFIX + newNamespace);
            for (Index<Object> index : embedded.getIndexes()) {
                if (index instanceof OrderedIndex orderedIndex) {
                    orderedIndex.renameMap(indexMapName(newNamespace, orderedIndex.getName()));
                }
            }
        }
    }
}
