package fr.entente.document.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * Where the views of the documents' read model are kept: one document per folder in {@value #FOLDERS} and per document
 * in {@value #DOCUMENTS}, {@code {_id, cooperationId, spaceId, folderId|parentFolderId, trashed, position, view: <the
 * view as JSON>}}, the keys a list filters on beside the view.
 */
@Component
class DocumentStore {

    static final String FOLDERS = "documentFolders";
    static final String DOCUMENTS = "documents";

    private final MongoCollection<Document> folders;
    private final MongoCollection<Document> documents;
    private final Serializer serializer;

    DocumentStore(MongoDatabase database, Serializer serializer) {
        this.folders = database.getCollection(FOLDERS);
        this.documents = database.getCollection(DOCUMENTS);
        this.serializer = serializer;
        folders.createIndex(Indexes.ascending("spaceId"));
        documents.createIndex(Indexes.ascending("spaceId"));
    }

    Optional<FolderView> folder(String folderId) {
        return folderId == null ? Optional.empty()
                                : Optional.ofNullable(folders.find(eq("_id", folderId)).first())
                                          .map(found -> read(found, FolderView.class));
    }

    List<FolderView> folders(String cooperationId, String spaceId) {
        List<FolderView> found = new ArrayList<>();
        folders.find(and(eq("cooperationId", cooperationId), eq("spaceId", spaceId)))
               .forEach(document -> found.add(read(document, FolderView.class)));
        found.sort(Comparator.comparing(FolderView::name, String.CASE_INSENSITIVE_ORDER).thenComparing(FolderView::folderId));
        return found;
    }

    void save(FolderView folder) {
        folders.replaceOne(eq("_id", folder.folderId()),
                           new Document("_id", folder.folderId()).append("cooperationId", folder.cooperationId())
                                                                  .append("spaceId", folder.spaceId())
                                                                  .append("position", folder.position())
                                                                  .append("view", write(folder)),
                           new ReplaceOptions().upsert(true));
    }

    Optional<DocumentView> document(String documentId) {
        return Optional.ofNullable(documents.find(eq("_id", documentId)).first())
                       .map(found -> read(found, DocumentView.class));
    }

    List<DocumentView> documents(String cooperationId, String spaceId, String folderId, boolean trashed) {
        Bson filter = and(eq("cooperationId", cooperationId), eq("spaceId", spaceId), eq("folderId", folderId),
                          eq("trashed", trashed), com.mongodb.client.model.Filters.ne("purged", true));
        List<DocumentView> found = new ArrayList<>();
        documents.find(filter).forEach(document -> found.add(read(document, DocumentView.class)));
        found.sort(Comparator.comparing(DocumentView::name, String.CASE_INSENSITIVE_ORDER)
                             .thenComparing(DocumentView::documentId));
        return found;
    }

    /** Every document the space has had, in the trash and purged ones too. */
    List<String> documentIds(String cooperationId, String spaceId) {
        List<String> found = new ArrayList<>();
        documents.find(and(eq("cooperationId", cooperationId), eq("spaceId", spaceId)))
                 .projection(new Document("_id", 1)).forEach(document -> found.add(document.getString("_id")));
        return found;
    }

    void save(DocumentView view) {
        documents.replaceOne(eq("_id", view.documentId()),
                             new Document("_id", view.documentId()).append("cooperationId", view.cooperationId())
                                                                    .append("spaceId", view.spaceId())
                                                                    .append("folderId", view.folderId())
                                                                    .append("trashed", view.trashed())
                                                                    .append("position", view.position())
                                                                    .append("nextReminderAt", date(view.nextReminderAt()))
                                                                    .append("trashedAt", view.purged() ? null : date(view.trashedAt()))
                                                                    .append("purged", view.purged())
                                                                    .append("lockedAt", date(view.lockedAt()))
                                                                    .append("view", write(view)),
                             new ReplaceOptions().upsert(true));
    }

    /** The documents with a reminder to send at {@code now} or before (none in the trash). */
    List<DocumentView> withRemindersDue(java.time.Instant now) {
        List<DocumentView> found = new ArrayList<>();
        documents.find(com.mongodb.client.model.Filters.lte("nextReminderAt", java.util.Date.from(now)))
                 .forEach(document -> found.add(read(document, DocumentView.class)));
        return found;
    }

    /** The documents in the trash since {@code before} or earlier, not purged yet. */
    List<DocumentView> trashedBefore(java.time.Instant before) {
        List<DocumentView> found = new ArrayList<>();
        documents.find(com.mongodb.client.model.Filters.lte("trashedAt", java.util.Date.from(before)))
                 .forEach(document -> found.add(read(document, DocumentView.class)));
        return found;
    }

    /** The documents locked since {@code before} or earlier. */
    List<DocumentView> lockedBefore(java.time.Instant before) {
        List<DocumentView> found = new ArrayList<>();
        documents.find(com.mongodb.client.model.Filters.lte("lockedAt", java.util.Date.from(before)))
                 .forEach(document -> found.add(read(document, DocumentView.class)));
        return found;
    }

    private static java.util.Date date(java.time.Instant instant) {
        return instant == null ? null : java.util.Date.from(instant);
    }

    void clear() {
        folders.deleteMany(new Document());
        documents.deleteMany(new Document());
    }

    private String write(Object value) {
        return serializer.serialize(value, String.class).getData();
    }

    private <T> T read(Document document, Class<T> type) {
        SerializedObject<String> serialized = new SimpleSerializedObject<>(document.getString("view"), String.class,
                                                                           type.getName(), null);
        return serializer.deserialize(serialized);
    }
}
