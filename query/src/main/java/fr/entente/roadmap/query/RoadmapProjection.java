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
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The roadmaps as their pages and the API show them ({@link RoadmapView}): one document per roadmap in
 * {@value #COLLECTION}, {@code {_id, cooperationId, year, position, view}} ({@code view} as JSON). Idempotent: an event
 * at or before the view's position changes nothing. After each change, a live update on the roadmap's topic.
 */
@Component
@ProcessingGroup("roadmaps")
public class RoadmapProjection {

    static final String COLLECTION = "roadmaps";
    static final String LIVE_TYPE = "roadmap";

    private final MongoCollection<Document> roadmaps;
    private final Serializer serializer;
    private final LiveUpdateJournal live;

    RoadmapProjection(MongoDatabase database, Serializer serializer, LiveUpdateJournal live) {
        this.roadmaps = database.getCollection(COLLECTION);
        this.serializer = serializer;
        this.live = live;
        roadmaps.createIndex(Indexes.ascending("cooperationId", "year"));
    }

    @ResetHandler
    void reset() {
        roadmaps.deleteMany(new Document());
    }

    @EventHandler
    void on(RoadmapProposedEvent event, @Timestamp Instant at, LogPosition position) {
        if (find(event.roadmapId()).isEmpty()) {
            save(RoadmapView.proposed(event.roadmapId(), event.cooperationId(), event.year(), event.title(), event.axes(),
                                      event.proposedBy(), at), position);
        }
    }

    @EventHandler
    void on(RoadmapSubmittedForValidationEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.roadmapId(), position, roadmap -> roadmap.submitted(event.decisionId(), at));
    }

    @EventHandler
    void on(RoadmapValidatedEvent event, LogPosition position) {
        change(event.roadmapId(), position, roadmap -> roadmap.decided(true, event.reference()));
    }

    @EventHandler
    void on(RoadmapRejectedEvent event, LogPosition position) {
        change(event.roadmapId(), position, roadmap -> roadmap.decided(false, event.reference()));
    }

    @EventHandler
    void on(ActionProgressReportedEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.roadmapId(), position, roadmap -> roadmap.reported(new RoadmapView.Progress(
                event.actionId(), event.percent(), event.text(), event.reportedBy(), at)));
    }

    @EventHandler
    void on(StudyLinkedToActionEvent event, LogPosition position) {
        change(event.roadmapId(), position, roadmap -> roadmap.linked(event.actionId(), event.studyId()));
    }

    @EventHandler
    void on(RoadmapEvaluatedEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.roadmapId(), position, roadmap -> roadmap.evaluated(new RoadmapView.Evaluation(event.evaluation(), at)));
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
        return Optional.ofNullable(roadmaps.find(Filters.eq("_id", roadmapId)).first())
                       .map(document -> read(document.getString("view")));
    }

    private void change(String roadmapId, LogPosition position, UnaryOperator<RoadmapView> change) {
        find(roadmapId).filter(roadmap -> !position.notAfter(roadmap.position()))
                       .ifPresent(roadmap -> save(change.apply(roadmap), position));
    }

    private void save(RoadmapView roadmap, LogPosition position) {
        RoadmapView saved = position.known() ? roadmap.at(position.value()) : roadmap;
        Document document = new Document("_id", saved.roadmapId()).append("cooperationId", saved.cooperationId())
                .append("year", saved.year()).append("position", saved.position())
                .append("view", serializer.serialize(saved, String.class).getData());
        roadmaps.replaceOne(Filters.eq("_id", saved.roadmapId()), document, new ReplaceOptions().upsert(true));
        live.publishChanges(LiveTopics.roadmap(saved.cooperationId(), saved.roadmapId()), position, LIVE_TYPE,
                            List.of(LIVE_TYPE));
    }

    private RoadmapView read(String json) {
        SerializedObject<String> serialized = new SimpleSerializedObject<>(json, String.class, RoadmapView.class.getName(), null);
        return serializer.deserialize(serialized);
    }
}
