package fr.entente.meeting.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.query.BodyDirectoryProjection;
import fr.entente.cooperation.query.MembershipProjection;
import fr.entente.meeting.api.BodyRoster;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Projections.include;

/**
 * Who sits in which body, for the meetings' command handlers, read from the cooperation's directory: a body's
 * members and roles from the {@value BodyDirectoryProjection#COLLECTION} read model, a person's organisation from
 * {@value MembershipProjection#COLLECTION}. Both are keyed by cooperation, so a body or a person of another
 * cooperation is never found. Like any read model it follows the log a moment behind: a person seated a second
 * ago may be refused once, and try again.
 */
@Component
public class BodyRosterFromDirectory implements BodyRoster {

    private static final String ID = "_id";
    private static final String COOPERATION_ID = "cooperationId";
    private static final String MEMBERS = "members";
    private static final String PERSON_ID = "personId";
    private static final String ORGANISATION_ID = "organisationId";

    private final MongoCollection<Document> bodies;
    private final MongoCollection<Document> memberships;

    public BodyRosterFromDirectory(MongoDatabase database) {
        this.bodies = database.getCollection(BodyDirectoryProjection.COLLECTION);
        this.memberships = database.getCollection(MembershipProjection.COLLECTION);
    }

    @Override
    public Optional<BodyRole> roleOf(String cooperationId, String bodyId, String personId) {
        if (cooperationId == null || bodyId == null || personId == null) {
            return Optional.empty();
        }
        Document body = bodies.find(eq(ID, new Document(COOPERATION_ID, cooperationId).append("bodyId", bodyId)))
                              .projection(include(MEMBERS)).first();
        List<Document> members = body == null ? List.of() : body.getList(MEMBERS, Document.class, List.of());
        return members.stream().filter(member -> personId.equals(member.getString(PERSON_ID))).findFirst()
                      .map(member -> BodyRole.valueOf(member.getString("role")));
    }

    @Override
    public Optional<String> organisationOf(String cooperationId, String personId) {
        if (cooperationId == null || personId == null) {
            return Optional.empty();
        }
        Document membership = memberships.find(eq(ID, new Document(COOPERATION_ID, cooperationId)
                                                              .append(PERSON_ID, personId))).first();
        return Optional.ofNullable(membership).map(document -> document.getString(ORGANISATION_ID));
    }
}
