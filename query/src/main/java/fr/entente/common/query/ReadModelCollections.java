package fr.entente.common.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which collection holds a read model now. A read model rebuilt while the hub runs is written into a fresh collection;
 * once that one has caught up with the log, the read model's name points at it ({@value #COLLECTION}:
 * {@code {_id: readModel, collection}}), and every read and write goes there from the next call on. A read model that
 * was never rebuilt lives in the collection of its own name.
 */
@Component
public class ReadModelCollections {

    static final String COLLECTION = "read_models";

    private final MongoDatabase database;
    private final MongoCollection<Document> pointers;
    private final Map<String, String> active = new ConcurrentHashMap<>();

    public ReadModelCollections(MongoDatabase database) {
        this.database = database;
        this.pointers = database.getCollection(COLLECTION);
    }

    /** The collection that holds the read model now. */
    public MongoCollection<Document> collection(String readModel) {
        return database.getCollection(active(readModel));
    }

    /** The name of the collection that holds the read model now. */
    public String active(String readModel) {
        return active.computeIfAbsent(readModel, name -> {
            Document pointer = pointers.find(Filters.eq("_id", name)).first();
            return pointer == null ? name : pointer.getString("collection");
        });
    }

    /** From now on, the read model is the one in {@code collection}. */
    public void activate(String readModel, String collection) {
        pointers.replaceOne(Filters.eq("_id", readModel), new Document("_id", readModel).append("collection", collection),
                            new ReplaceOptions().upsert(true));
        active.put(readModel, collection);
    }
}
