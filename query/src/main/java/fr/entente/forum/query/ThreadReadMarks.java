package fr.entente.forum.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.in;

/**
 * How far each person has read each thread: the log position of the last post they were shown, one document per
 * person and thread in {@value #COLLECTION}. Not in the log (reading is no fact of the domain), so kept across
 * replays; a thread's posts after that position, by others, are "unread".
 */
@Component
public class ThreadReadMarks {

    static final String COLLECTION = "forumReadMarks";

    private final MongoCollection<Document> marks;

    public ThreadReadMarks(MongoDatabase database) {
        this.marks = database.getCollection(COLLECTION);
    }

    public void read(String personId, String threadId, long position) {
        marks.updateOne(new Document("_id", key(personId, threadId)),
                        new Document("$max", new Document("position", position)), new UpdateOptions().upsert(true));
    }

    /** Thread id to the position read, for the threads this person has opened among these. */
    public Map<String, Long> of(String personId, Collection<String> threadIds) {
        Map<String, Long> read = new HashMap<>();
        if (threadIds.isEmpty()) {
            return read;
        }
        List<String> keys = threadIds.stream().map(threadId -> key(personId, threadId)).toList();
        marks.find(in("_id", keys)).forEach(document -> read.put(
                document.getString("_id").substring(personId.length() + 1), ((Number) document.get("position")).longValue()));
        return read;
    }

    private static String key(String personId, String threadId) {
        return personId + "/" + threadId;
    }
}
