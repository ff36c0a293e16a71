package fr.entente.cooperation.query;

import fr.entente.common.query.LogPosition;
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdateJournal;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import fr.entente.cooperation.api.AdministratorAppointedEvent;
import fr.entente.cooperation.api.AdministratorRevokedEvent;
import fr.entente.cooperation.api.BodyMemberAddedEvent;
import fr.entente.cooperation.api.BodyMemberRemovedEvent;
import fr.entente.cooperation.api.BodyMemberRoleChangedEvent;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.PersonRegisteredEvent;
import fr.entente.cooperation.api.PersonRemovedEvent;
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
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.pull;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

/**
 * What each person is in their cooperation, one document per person and cooperation in the
 * {@value #COLLECTION} collection: {@code {_id: {cooperationId, personId}, cooperationId, personId,
 * organisationId, administrator, bodies: [{bodyId, role}]}}. The authorisation layer reads it; a
 * removed person's document is deleted (their past acts stay in the log).
 * <p>
 * Every handler may see an event twice and leaves the same document: registration is an upsert, a
 * body is pushed only if absent, flags and roles are set, removals pull or delete.
 */
@Component
@ProcessingGroup("cooperation-directory")
public class MembershipProjection {

    /** Read by the meetings' roster ({@code fr.entente.meeting.query.BodyRosterFromDirectory}) too. */
    public static final String COLLECTION = "memberships";

    private static final String ID = "_id";
    private static final String COOPERATION_ID = "cooperationId";
    private static final String PERSON_ID = "personId";
    private static final String ORGANISATION_ID = "organisationId";
    private static final String ADMINISTRATOR = "administrator";
    private static final String BODIES = "bodies";
    private static final String BODY_ID = "bodyId";
    private static final String ROLE = "role";

    private final MongoCollection<Document> memberships;
    private final LiveUpdateJournal live;

    public MembershipProjection(MongoDatabase database, LiveUpdateJournal live) {
        this.memberships = database.getCollection(COLLECTION);
        this.live = live;
        memberships.createIndex(Indexes.ascending(PERSON_ID));
        memberships.createIndex(Indexes.ascending(COOPERATION_ID, PERSON_ID));
    }

    @EventHandler
    public void on(PersonRegisteredEvent event, LogPosition position) {
        memberships.updateOne(eq(ID, idOf(event.cooperationId(), event.personId())),
                              combine(set(COOPERATION_ID, event.cooperationId()),
                                      set(PERSON_ID, event.personId()),
                                      set(ORGANISATION_ID, event.organisationId()),
                                      setOnInsert(ADMINISTRATOR, false),
                                      setOnInsert(BODIES, List.of())),
                              new UpdateOptions().upsert(true));
        publish(event.personId(), position);
    }

    @EventHandler
    public void on(PersonRemovedEvent event, LogPosition position) {
        memberships.deleteOne(eq(ID, idOf(event.cooperationId(), event.personId())));
        publish(event.personId(), position);
    }

    @EventHandler
    public void on(AdministratorAppointedEvent event, LogPosition position) {
        memberships.updateOne(eq(ID, idOf(event.cooperationId(), event.personId())), set(ADMINISTRATOR, true));
        publish(event.personId(), position);
    }

    @EventHandler
    public void on(AdministratorRevokedEvent event, LogPosition position) {
        memberships.updateOne(eq(ID, idOf(event.cooperationId(), event.personId())), set(ADMINISTRATOR, false));
        publish(event.personId(), position);
    }

    @EventHandler
    public void on(BodyMemberAddedEvent event, LogPosition position) {
        memberships.updateOne(and(eq(ID, idOf(event.cooperationId(), event.personId())),
                                  ne(BODIES + "." + BODY_ID, event.bodyId())),
                              push(BODIES, new Document(BODY_ID, event.bodyId()).append(ROLE, event.role().name())));
        publish(event.personId(), position);
    }

    @EventHandler
    public void on(BodyMemberRoleChangedEvent event, LogPosition position) {
        memberships.updateOne(and(eq(ID, idOf(event.cooperationId(), event.personId())),
                                  eq(BODIES + "." + BODY_ID, event.bodyId())),
                              set(BODIES + ".$." + ROLE, event.role().name()));
        publish(event.personId(), position);
    }

    @EventHandler
    public void on(BodyMemberRemovedEvent event, LogPosition position) {
        memberships.updateOne(eq(ID, idOf(event.cooperationId(), event.personId())),
                              pull(BODIES, new Document(BODY_ID, event.bodyId())));
        publish(event.personId(), position);
    }

    /** The person's home page follows their new memberships (all their cooperations). */
    private void publish(String personId, LogPosition position) {
        live.publishState(LiveTopics.person(personId), position, "memberships", handle(new FindMembershipsQuery(personId)));
    }

    /** A replay starts from no memberships. */
    @ResetHandler
    public void reset() {
        memberships.deleteMany(new Document());
    }

    @QueryHandler
    public Optional<MembershipView> handle(FindMembershipQuery query) {
        return Optional.ofNullable(memberships.find(eq(ID, idOf(query.cooperationId(), query.personId()))).first())
                       .map(MembershipProjection::view);
    }

    @QueryHandler
    public List<MembershipView> handle(FindMembershipsQuery query) {
        List<MembershipView> views = new ArrayList<>();
        for (Document membership : memberships.find(eq(PERSON_ID, query.personId())).sort(ascending(COOPERATION_ID))) {
            views.add(view(membership));
        }
        return views;
    }

    @QueryHandler
    public List<MembershipView> handle(FindCooperationPeopleQuery query) {
        List<MembershipView> views = new ArrayList<>();
        for (Document membership : memberships.find(eq(COOPERATION_ID, query.cooperationId())).sort(ascending(PERSON_ID))) {
            views.add(view(membership));
        }
        return views;
    }

    private static Document idOf(String cooperationId, String personId) {
        return new Document(COOPERATION_ID, cooperationId).append(PERSON_ID, personId);
    }

    private static MembershipView view(Document membership) {
        List<BodyMembershipView> bodies = membership.getList(BODIES, Document.class, List.of()).stream()
                .map(body -> new BodyMembershipView(body.getString(BODY_ID), BodyRole.valueOf(body.getString(ROLE))))
                .toList();
        return new MembershipView(membership.getString(COOPERATION_ID), membership.getString(PERSON_ID),
                                  membership.getString(ORGANISATION_ID), membership.getBoolean(ADMINISTRATOR, false),
                                  bodies);
    }
}
