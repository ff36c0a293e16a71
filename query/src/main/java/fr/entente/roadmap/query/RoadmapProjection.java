package fr.entente.roadmap.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import fr.entente.common.query.LogPosition;
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdateJournal;
import fr.entente.roadmap.api.*;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The roadmaps as their pages and the API show them ({@link RoadmapView}): one document per roadmap in
 * {@value #COLLECTION}, {@code {_id, cooperationId, year, position, view}} ({@code view} as JSON). Idempotent: an event
 * at or before the view's position changes nothing. After each change, a live update on the roadmap's topic.
 */
@Component
@ProcessingGroup("roadmaps")
public class RoadmapProjection extends RoadmapChanges {

    static final String COLLECTION = "roadmaps";
    static final String LIVE_TYPE = "roadmap";

    private final MongoCollection<Document> roadmaps;
    private final Serializer serializer;

    @Autowired
    RoadmapProjection(MongoDatabase database, Serializer serializer, LiveUpdateJournal live) {
        this(database.getCollection(COLLECTION), serializer, live);
    }

    private RoadmapProjection(MongoCollection<Document> roadmaps, Serializer serializer, LiveUpdateJournal live) {
        super(new Stored(roadmaps, serializer, live));
        this.roadmaps = roadmaps;
        this.serializer = serializer;
        roadmaps.createIndex(Indexes.ascending("cooperationId", "year"));
    }

    @ResetHandler
    void reset() {
        roadmaps.deleteMany(new Document());
    }

    @QueryHandler
    public Optional<RoadmapView> handle(FindRoadmapQuery query) {
        return find(query.roadmapId());
    }

    @QueryHandler
    public List<RoadmapView> handle(FindRoadmapsQuery query) {
        List<RoadmapView> found = new ArrayList<>();
        roadmaps.find(Filters.eq("cooperationId", query.cooperationId())).sort(Sorts.descending("year"))
                .forEach(document -> found.add(read(document.getString("view"))));
        return found;
    }

    private Optional<RoadmapView> find(String roadmapId) {
        return Stored.find(roadmaps, serializer, roadmapId);
    }

    private RoadmapView read(String json) {
        return Stored.read(serializer, json);
    }

    /** The roadmaps' collection, each save told to the roadmap's topic. */
    private record Stored(MongoCollection<Document> roadmaps, Serializer serializer, LiveUpdateJournal live) implements Views {

        @Override
        public Optional<RoadmapView> find(String roadmapId) {
            return find(roadmaps, serializer, roadmapId);
        }

        @Override
        public void save(RoadmapView saved, LogPosition position) {
            Document document = new Document("_id", saved.roadmapId()).append("cooperationId", saved.cooperationId())
                    .append("year", saved.year()).append("position", saved.position())
                    .append("view", serializer.serialize(saved, String.class).getData());
            roadmaps.replaceOne(Filters.eq("_id", saved.roadmapId()), document, new ReplaceOptions().upsert(true));
            live.publishChanges(LiveTopics.roadmap(saved.cooperationId(), saved.roadmapId()), position, LIVE_TYPE,
                                List.of(LIVE_TYPE));
        }

        static Optional<RoadmapView> find(MongoCollection<Document> roadmaps, Serializer serializer, String roadmapId) {
            return Optional.ofNullable(roadmaps.find(Filters.eq("_id", roadmapId)).first())
                           .map(document -> read(serializer, document.getString("view")));
        }

        static RoadmapView read(Serializer serializer, String json) {
            SerializedObject<String> serialized = new SimpleSerializedObject<>(json, String.class, RoadmapView.class.getName(), null);
            return serializer.deserialize(serialized);
        }
    }
}
