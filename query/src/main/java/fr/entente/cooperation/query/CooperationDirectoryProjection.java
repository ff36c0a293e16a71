package fr.entente.cooperation.query;

import fr.entente.common.query.LogPosition;
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdateJournal;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import fr.entente.cooperation.api.AdministratorAppointedEvent;
import fr.entente.cooperation.api.AdministratorRevokedEvent;
import fr.entente.cooperation.api.BodyCreatedEvent;
import fr.entente.cooperation.api.CooperationCreatedEvent;
import fr.entente.cooperation.api.CoordinatingCentreDesignatedEvent;
import fr.entente.cooperation.api.MemberCentreAddedEvent;
import fr.entente.cooperation.api.MemberCentres;
import fr.entente.cooperation.api.PartnerOrganisationAddedEvent;
import fr.entente.cooperation.api.PresidencyRotationSetEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.pull;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;
import static fr.entente.cooperation.query.CooperationDocuments.ADMINISTRATORS;
import static fr.entente.cooperation.query.CooperationDocuments.BODIES;
import static fr.entente.cooperation.query.CooperationDocuments.BODY_ID;
import static fr.entente.cooperation.query.CooperationDocuments.CENTRES;
import static fr.entente.cooperation.query.CooperationDocuments.COORDINATING_CENTRE;
import static fr.entente.cooperation.query.CooperationDocuments.DEPARTMENT_CODE;
import static fr.entente.cooperation.query.CooperationDocuments.ID;
import static fr.entente.cooperation.query.CooperationDocuments.KIND;
import static fr.entente.cooperation.query.CooperationDocuments.NAME;
import static fr.entente.cooperation.query.CooperationDocuments.ORGANISATION_ID;
import static fr.entente.cooperation.query.CooperationDocuments.FIRST_YEAR;
import static fr.entente.cooperation.query.CooperationDocuments.PRESIDENCY;
import static fr.entente.cooperation.query.CooperationDocuments.ROTATION;
import static fr.entente.cooperation.query.CooperationDocuments.PARTNERS;
import static fr.entente.cooperation.query.CooperationDocuments.REGION;

/**
 * The directory of cooperations, one document per cooperation in the {@value #COLLECTION}
 * collection: {@code {_id: cooperationId, name, region, centres: [{departmentCode, organisationId,
 * name}], coordinatingCentre: departmentCode, partners: [{organisationId, name}], administrators:
 * [personId], bodies: [{bodyId, kind, name}]}}.
 * <p>
 * Every handler may see an event twice (redelivery after a crash, or a replay over a kept
 * collection) and leaves the same document: creation is an upsert, an entry is pushed only if its
 * key is not there yet, administrators are a set.
 */
@Component
@ProcessingGroup("cooperation-directory")
public class CooperationDirectoryProjection {

    static final String COLLECTION = "cooperations";

    private final MongoCollection<Document> cooperations;
    private final LiveUpdateJournal live;

    public CooperationDirectoryProjection(MongoDatabase database, LiveUpdateJournal live) {
        this.cooperations = database.getCollection(COLLECTION);
        this.live = live;
    }

    @EventHandler
    public void on(CooperationCreatedEvent event, LogPosition position) {
        cooperations.updateOne(eq(ID, event.cooperationId()),
                               combine(set(NAME, event.name()),
                                       set(REGION, event.region()),
                                       setOnInsert(CENTRES, List.of()),
                                       setOnInsert(PARTNERS, List.of()),
                                       setOnInsert(ADMINISTRATORS, List.of()),
                                       setOnInsert(BODIES, List.of())),
                               new UpdateOptions().upsert(true));
        publish(event.cooperationId(), position);
    }

    @EventHandler
    public void on(MemberCentreAddedEvent event, LogPosition position) {
        pushUnlessPresent(event.cooperationId(), CENTRES, DEPARTMENT_CODE, event.departmentCode(),
                          new Document(DEPARTMENT_CODE, event.departmentCode())
                                  .append(ORGANISATION_ID, MemberCentres.organisationIdOf(event.departmentCode()))
                                  .append(NAME, event.name()));
        publish(event.cooperationId(), position);
    }

    @EventHandler
    public void on(PartnerOrganisationAddedEvent event, LogPosition position) {
        pushUnlessPresent(event.cooperationId(), PARTNERS, ORGANISATION_ID, event.organisationId(),
                          new Document(ORGANISATION_ID, event.organisationId()).append(NAME, event.name()));
        publish(event.cooperationId(), position);
    }

    @EventHandler
    public void on(CoordinatingCentreDesignatedEvent event, LogPosition position) {
        update(event.cooperationId(), set(COORDINATING_CENTRE, event.departmentCode()));
        publish(event.cooperationId(), position);
    }

    @EventHandler
    public void on(PresidencyRotationSetEvent event, LogPosition position) {
        update(event.cooperationId(), set(PRESIDENCY, new Document(FIRST_YEAR, event.firstYear())
                .append(ROTATION, event.departmentCodes())));
        publish(event.cooperationId(), position);
    }

    @EventHandler
    public void on(AdministratorAppointedEvent event, LogPosition position) {
        update(event.cooperationId(), addToSet(ADMINISTRATORS, event.personId()));
        publish(event.cooperationId(), position);
    }

    @EventHandler
    public void on(AdministratorRevokedEvent event, LogPosition position) {
        update(event.cooperationId(), pull(ADMINISTRATORS, event.personId()));
        publish(event.cooperationId(), position);
    }

    @EventHandler
    public void on(BodyCreatedEvent event, LogPosition position) {
        pushUnlessPresent(event.cooperationId(), BODIES, BODY_ID, event.bodyId(),
                          new Document(BODY_ID, event.bodyId()).append(KIND, event.kind().name())
                                                               .append(NAME, event.name()));
        publish(event.cooperationId(), position);
    }

    /** The directory page follows the cooperation's new state. */
    private void publish(String cooperationId, LogPosition position) {
        handle(new FindCooperationQuery(cooperationId))
                .ifPresent(view -> live.publishState(LiveTopics.cooperation(cooperationId), position, "cooperation", view));
    }

    /** A replay starts from an empty directory. */
    @ResetHandler
    public void reset() {
        cooperations.deleteMany(new Document());
    }

    /** Sorted by name the French way ("Île-de-France" before "Normandie"), not by byte order. */
    @QueryHandler
    public List<CooperationSummary> handle(FindCooperationsQuery query) {
        List<CooperationSummary> summaries = new ArrayList<>();
        for (Document cooperation : cooperations.find()) {
            summaries.add(CooperationDocuments.summary(cooperation));
        }
        Collator french = Collator.getInstance(Locale.FRENCH);
        summaries.sort(Comparator.comparing(CooperationSummary::name, french)
                                 .thenComparing(CooperationSummary::cooperationId));
        return summaries;
    }

    @QueryHandler
    public Optional<CooperationView> handle(FindCooperationQuery query) {
        return Optional.ofNullable(cooperations.find(eq(ID, query.cooperationId())).first())
                       .map(CooperationDocuments::view);
    }

    private void pushUnlessPresent(String cooperationId, String array, String key, String value, Document entry) {
        cooperations.updateOne(and(eq(ID, cooperationId), ne(array + "." + key, value)), push(array, entry));
    }

    private void update(String cooperationId, Bson update) {
        cooperations.updateOne(eq(ID, cooperationId), update);
    }
}
