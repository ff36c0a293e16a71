package fr.entente.study.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import fr.entente.common.query.LogPosition;
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdateJournal;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The studies as their pages and the API show them ({@link StudyView}): one document per study in {@value #COLLECTION},
 * {@code {_id, cooperationId, proposedAt, position, view}} ({@code view} as JSON). Idempotent: an event at or before
 * the view's position changes nothing. After each change, a live update on the study's topic and on the cooperation's
 * studies' topic ({@link LiveTopics#study}, {@link LiveTopics#studies}).
 */
@Component
@ProcessingGroup("studies")
public class StudyProjection extends StudyChanges {

    static final String COLLECTION = "studies";
    static final String LIVE_TYPE = "study";
    static final String LIVE_LIST_TYPE = "studies";

    private final MongoCollection<Document> studies;
    private final Serializer serializer;
    private final LiveUpdateJournal live;

    @org.springframework.beans.factory.annotation.Autowired
    StudyProjection(MongoDatabase database, Serializer serializer, LiveUpdateJournal live) {
        this(database.getCollection(COLLECTION), serializer, live);
    }

    private StudyProjection(MongoCollection<Document> studies, Serializer serializer, LiveUpdateJournal live) {
        super(new Stored(studies, serializer, live));
        this.live = live;
        this.studies = studies;
        this.serializer = serializer;
        studies.createIndex(Indexes.ascending("cooperationId", "proposedAt"));
    }

    @ResetHandler
    void reset() {
        studies.deleteMany(new Document());
    }

    @QueryHandler
    public Optional<StudyView> handle(FindStudyQuery query) {
        return find(query.studyId());
    }

    @QueryHandler
    public List<StudyView> handle(FindStudiesQuery query) {
        List<StudyView> found = new ArrayList<>();
        studies.find(Filters.eq("cooperationId", query.cooperationId())).sort(Sorts.descending("proposedAt"))
               .forEach(document -> found.add(read(document.getString("view"))));
        return found;
    }

    private Optional<StudyView> find(String studyId) {
        return Stored.find(studies, serializer, studyId);
    }

    private StudyView read(String json) {
        return Stored.read(serializer, json);
    }

    /** The studies' collection, each save told to the study's topic and the cooperation's studies' topic. */
    private record Stored(MongoCollection<Document> studies, Serializer serializer, LiveUpdateJournal live) implements Views {

        @Override
        public Optional<StudyView> find(String studyId) {
            return find(studies, serializer, studyId);
        }

        @Override
        public void save(StudyView saved, LogPosition position) {
            Document document = new Document("_id", saved.studyId()).append("cooperationId", saved.cooperationId())
                    .append("proposedAt", java.util.Date.from(saved.proposal().proposedAt()))
                    .append("position", saved.position())
                    .append("view", serializer.serialize(saved, String.class).getData());
            studies.replaceOne(Filters.eq("_id", saved.studyId()), document, new ReplaceOptions().upsert(true));
            live.publishChanges(LiveTopics.study(saved.cooperationId(), saved.studyId()), position, LIVE_TYPE, List.of(LIVE_TYPE));
            live.publishChanges(LiveTopics.studies(saved.cooperationId()), position, LIVE_LIST_TYPE, List.of(LIVE_LIST_TYPE));
        }

        static Optional<StudyView> find(MongoCollection<Document> studies, Serializer serializer, String studyId) {
            return Optional.ofNullable(studies.find(Filters.eq("_id", studyId)).first())
                           .map(document -> read(serializer, document.getString("view")));
        }

        static StudyView read(Serializer serializer, String json) {
            SerializedObject<String> serialized = new SimpleSerializedObject<>(json, String.class, StudyView.class.getName(), null);
            return serializer.deserialize(serialized);
        }
    }
}
