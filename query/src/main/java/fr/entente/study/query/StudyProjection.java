package fr.entente.study.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import fr.entente.common.query.LogPosition;
import fr.entente.study.api.StudyArbitrationSettledEvent;
import fr.entente.study.api.StudyDisseminatedEvent;
import fr.entente.study.api.StudyLaunchedEvent;
import fr.entente.study.api.StudyProgressReportedEvent;
import fr.entente.study.api.StudyProposedEvent;
import fr.entente.study.api.StudyQuestionRaisedEvent;
import fr.entente.study.api.StudyRejectedEvent;
import fr.entente.study.api.StudyResultsDeliveredEvent;
import fr.entente.study.api.StudyFolderOpenedEvent;
import fr.entente.study.api.StudySubmittedForValidationEvent;
import fr.entente.study.api.StudyValidatedEvent;
import fr.entente.study.api.TechnicalCommitteeInformedEvent;
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdateJournal;
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
 * The studies as their pages and the API show them ({@link StudyView}): one document per study in {@value #COLLECTION},
 * {@code {_id, cooperationId, proposedAt, position, view}} ({@code view} as JSON). Idempotent: an event at or before
 * the view's position changes nothing. After each change, a live update on the study's topic and on the cooperation's
 * studies' topic ({@link LiveTopics#study}, {@link LiveTopics#studies}).
 */
@Component
@ProcessingGroup("studies")
public class StudyProjection {

    static final String COLLECTION = "studies";
    static final String LIVE_TYPE = "study";
    static final String LIVE_LIST_TYPE = "studies";

    private final MongoCollection<Document> studies;
    private final Serializer serializer;
    private final LiveUpdateJournal live;

    StudyProjection(MongoDatabase database, Serializer serializer, LiveUpdateJournal live) {
        this.live = live;
        this.studies = database.getCollection(COLLECTION);
        this.serializer = serializer;
        studies.createIndex(Indexes.ascending("cooperationId", "proposedAt"));
    }

    @ResetHandler
    void reset() {
        studies.deleteMany(new Document());
    }

    @EventHandler
    void on(StudyProposedEvent event, @Timestamp Instant at, LogPosition position) {
        if (find(event.studyId()).isEmpty()) {
            save(StudyView.proposed(event.studyId(), event.cooperationId(), new StudyView.Proposal(
                    event.title(), event.question(), event.dataSources(), event.departments(), event.requestingCentres(),
                    event.deliverables(), event.expectedBy(), event.meetingId(), event.proposalId(), event.requestId(), event.proposedBy(), at)),
                 position);
        }
    }

    @EventHandler
    void on(StudySubmittedForValidationEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.studyId(), position, study -> study.submitted(event.decisionId(), at));
    }

    @EventHandler
    void on(StudyValidatedEvent event, LogPosition position) {
        change(event.studyId(), position, study -> study.decided(true, event.reference()));
    }

    @EventHandler
    void on(StudyRejectedEvent event, LogPosition position) {
        change(event.studyId(), position, study -> study.decided(false, event.reference()));
    }

    @EventHandler
    void on(StudyLaunchedEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.studyId(), position, study -> study.launched(new StudyView.Launch(
                event.leadCentre(), event.participatingCentres(), event.milestones(), at)));
    }

    @EventHandler
    void on(StudyProgressReportedEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.studyId(), position, study -> study.reported(new StudyView.ProgressReport(
                event.text(), event.milestoneId(), event.reportedBy(), at)));
    }

    @EventHandler
    void on(StudyFolderOpenedEvent event, LogPosition position) {
        change(event.studyId(), position, study -> study.withFolder(new StudyView.Folder(event.spaceId(), event.folderId())));
    }

    @EventHandler
    void on(StudyResultsDeliveredEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.studyId(), position, study -> study.delivered(new StudyView.Results(event.documentIds(), event.summary(), at)));
    }

    @EventHandler
    void on(TechnicalCommitteeInformedEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.studyId(), position, study -> study.informed(new StudyView.Information(
                event.plannedAudiences(), event.means(), event.meetingId(), at)));
    }

    @EventHandler
    void on(StudyDisseminatedEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.studyId(), position, study -> study.disseminated(new StudyView.Dissemination(event.audience(), event.means(), at)));
    }

    @EventHandler
    void on(StudyQuestionRaisedEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.studyId(), position, study -> study.questioned(new StudyView.Arbitration(
                event.decisionId(), event.subject(), event.raisedBy(), at, null, null)));
    }

    @EventHandler
    void on(StudyArbitrationSettledEvent event, LogPosition position) {
        change(event.studyId(), position, study -> study.settled(event.decisionId(), event.approved(), event.reference()));
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
        return Optional.ofNullable(studies.find(Filters.eq("_id", studyId)).first()).map(document -> read(document.getString("view")));
    }

    private void change(String studyId, LogPosition position, UnaryOperator<StudyView> change) {
        find(studyId).filter(study -> !position.notAfter(study.position()))
                     .ifPresent(study -> save(change.apply(study), position));
    }

    private void save(StudyView study, LogPosition position) {
        StudyView saved = position.known() ? study.at(position.value()) : study;
        Document document = new Document("_id", saved.studyId()).append("cooperationId", saved.cooperationId())
                .append("proposedAt", java.util.Date.from(saved.proposal().proposedAt()))
                .append("position", saved.position())
                .append("view", serializer.serialize(saved, String.class).getData());
        studies.replaceOne(Filters.eq("_id", saved.studyId()), document, new ReplaceOptions().upsert(true));
        live.publishChanges(LiveTopics.study(saved.cooperationId(), saved.studyId()), position, LIVE_TYPE, List.of(LIVE_TYPE));
        live.publishChanges(LiveTopics.studies(saved.cooperationId()), position, LIVE_LIST_TYPE, List.of(LIVE_LIST_TYPE));
    }

    private StudyView read(String json) {
        SerializedObject<String> serialized = new SimpleSerializedObject<>(json, String.class, StudyView.class.getName(), null);
        return serializer.deserialize(serialized);
    }
}
