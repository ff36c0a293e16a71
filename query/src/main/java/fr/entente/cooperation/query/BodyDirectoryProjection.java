package fr.entente.cooperation.query;

import fr.entente.common.query.LogPosition;
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdateJournal;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import fr.entente.cooperation.api.BodyCreatedEvent;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyMemberAddedEvent;
import fr.entente.cooperation.api.BodyMemberRemovedEvent;
import fr.entente.cooperation.api.BodyMemberRoleChangedEvent;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.PartnerNamedToBodyEvent;
import fr.entente.cooperation.api.ReportingLineDrawnEvent;
import fr.entente.cooperation.api.ReportingLineErasedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
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

/**
 * The bodies of every cooperation, one document per body in the {@value #COLLECTION} collection:
 * {@code {_id: {cooperationId, bodyId}, cooperationId, bodyId, kind, name, partners: [organisationId],
 * members: [{personId, organisationId, role}], reportsTo: [bodyId]}}. A body's identifier is unique within its
 * cooperation only, hence the compound {@code _id}: two cooperations may both have a "copil".
 * <p>
 * Every handler may see an event twice and leaves the same document: creation is an upsert,
 * partners are a set, a member is pushed only if not seated yet, a role is set, a removal pulls.
 */
@Component
@ProcessingGroup("cooperation-directory")
public class BodyDirectoryProjection {

    /** Read by the meetings' roster ({@code fr.entente.meeting.query.BodyRosterFromDirectory}) too. */
    public static final String COLLECTION = "bodies";

    private static final String ID = "_id";
    private static final String COOPERATION_ID = "cooperationId";
    private static final String BODY_ID = "bodyId";
    private static final String KIND = "kind";
    private static final String NAME = "name";
    private static final String PARTNERS = "partners";
    private static final String MEMBERS = "members";
    private static final String PERSON_ID = "personId";
    private static final String ORGANISATION_ID = "organisationId";
    private static final String ROLE = "role";
    private static final String REPORTS_TO = "reportsTo";

    private final MongoCollection<Document> bodies;
    private final LiveUpdateJournal live;

    public BodyDirectoryProjection(MongoDatabase database, LiveUpdateJournal live) {
        this.bodies = database.getCollection(COLLECTION);
        this.live = live;
        bodies.createIndex(Indexes.ascending(COOPERATION_ID));
    }

    @EventHandler
    public void on(BodyCreatedEvent event, LogPosition position) {
        bodies.updateOne(eq(ID, idOf(event.cooperationId(), event.bodyId())),
                         combine(set(COOPERATION_ID, event.cooperationId()),
                                 set(BODY_ID, event.bodyId()),
                                 set(KIND, event.kind().name()),
                                 set(NAME, event.name()),
                                 setOnInsert(PARTNERS, List.of()),
                                 setOnInsert(MEMBERS, List.of())),
                         new UpdateOptions().upsert(true));
        publish(event.cooperationId(), event.bodyId(), position);
    }

    @EventHandler
    public void on(PartnerNamedToBodyEvent event, LogPosition position) {
        bodies.updateOne(eq(ID, idOf(event.cooperationId(), event.bodyId())),
                         addToSet(PARTNERS, event.organisationId()));
        publish(event.cooperationId(), event.bodyId(), position);
    }

    @EventHandler
    public void on(BodyMemberAddedEvent event, LogPosition position) {
        Document member = new Document(PERSON_ID, event.personId())
                .append(ORGANISATION_ID, event.organisationId())
                .append(ROLE, event.role().name());
        bodies.updateOne(and(eq(ID, idOf(event.cooperationId(), event.bodyId())),
                             ne(MEMBERS + "." + PERSON_ID, event.personId())),
                         push(MEMBERS, member));
        publish(event.cooperationId(), event.bodyId(), position);
    }

    @EventHandler
    public void on(BodyMemberRoleChangedEvent event, LogPosition position) {
        bodies.updateOne(and(eq(ID, idOf(event.cooperationId(), event.bodyId())),
                             eq(MEMBERS + "." + PERSON_ID, event.personId())),
                         set(MEMBERS + ".$." + ROLE, event.role().name()));
        publish(event.cooperationId(), event.bodyId(), position);
    }

    @EventHandler
    public void on(BodyMemberRemovedEvent event, LogPosition position) {
        bodies.updateOne(eq(ID, idOf(event.cooperationId(), event.bodyId())),
                         pull(MEMBERS, new Document(PERSON_ID, event.personId())));
        publish(event.cooperationId(), event.bodyId(), position);
    }

    @EventHandler
    public void on(ReportingLineDrawnEvent event, LogPosition position) {
        bodies.updateOne(eq(ID, idOf(event.cooperationId(), event.bodyId())), addToSet(REPORTS_TO, event.reportsToBodyId()));
        publish(event.cooperationId(), event.bodyId(), position);
        publish(event.cooperationId(), event.reportsToBodyId(), position);
    }

    @EventHandler
    public void on(ReportingLineErasedEvent event, LogPosition position) {
        bodies.updateOne(eq(ID, idOf(event.cooperationId(), event.bodyId())), pull(REPORTS_TO, event.reportsToBodyId()));
        publish(event.cooperationId(), event.bodyId(), position);
        publish(event.cooperationId(), event.reportsToBodyId(), position);
    }

    /** The body's page follows its new state. */
    private void publish(String cooperationId, String bodyId, LogPosition position) {
        handle(new FindBodyQuery(cooperationId, bodyId))
                .ifPresent(body -> live.publishState(LiveTopics.body(cooperationId, bodyId), position, "body", body));
    }

    /** A replay starts from no bodies. */
    @ResetHandler
    public void reset() {
        bodies.deleteMany(new Document());
    }

    /** Looks the body up under this cooperation only: a body of another cooperation is not found. */
    @QueryHandler
    public Optional<BodyView> handle(FindBodyQuery query) {
        return Optional.ofNullable(bodies.find(eq(ID, idOf(query.cooperationId(), query.bodyId()))).first())
                       .map(BodyDirectoryProjection::view);
    }

    @QueryHandler
    public List<BodyView> handle(FindBodiesQuery query) {
        List<BodyView> views = new ArrayList<>();
        for (Document body : bodies.find(eq(COOPERATION_ID, query.cooperationId()))) {
            views.add(view(body));
        }
        views.sort(BodyOrder.of(BodyView::kind, BodyView::name, BodyView::bodyId));
        return views;
    }

    @QueryHandler
    public List<BodyView> handle(FindBodiesReportingToQuery query) {
        List<BodyView> views = new ArrayList<>();
        for (Document body : bodies.find(and(eq(COOPERATION_ID, query.cooperationId()), eq(REPORTS_TO, query.bodyId())))) {
            views.add(view(body));
        }
        views.sort(BodyOrder.of(BodyView::kind, BodyView::name, BodyView::bodyId));
        return views;
    }

    private static Document idOf(String cooperationId, String bodyId) {
        return new Document(COOPERATION_ID, cooperationId).append(BODY_ID, bodyId);
    }

    private static BodyView view(Document body) {
        List<BodyMemberView> members = body.getList(MEMBERS, Document.class, List.of()).stream()
                .map(member -> new BodyMemberView(member.getString(PERSON_ID), member.getString(ORGANISATION_ID),
                                                  BodyRole.valueOf(member.getString(ROLE))))
                .toList();
        return new BodyView(body.getString(COOPERATION_ID), body.getString(BODY_ID), BodyKind.valueOf(body.getString(KIND)),
                            body.getString(NAME), body.getList(PARTNERS, String.class, List.of()), members,
                            body.getList(REPORTS_TO, String.class, List.of()));
    }
}
