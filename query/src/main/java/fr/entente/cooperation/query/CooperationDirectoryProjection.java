package fr.entente.cooperation.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import fr.entente.cooperation.api.CooperationCreatedEvent;
import fr.entente.cooperation.api.MemberCentreAddedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
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
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

/**
 * The directory of cooperations, one document per cooperation in the {@value #COLLECTION}
 * collection: {@code {_id: cooperationId, name, region, centres: [{departmentCode, name}]}}.
 * <p>
 * Every handler may see an event twice (redelivery after a crash, or a replay over a kept
 * collection) and leaves the same document: creation is an upsert, a centre is pushed only if
 * its department code is not there yet.
 */
@Component
@ProcessingGroup("cooperation-directory")
public class CooperationDirectoryProjection {

    static final String COLLECTION = "cooperations";

    private static final String ID = "_id";
    private static final String NAME = "name";
    private static final String REGION = "region";
    private static final String CENTRES = "centres";
    private static final String DEPARTMENT_CODE = "departmentCode";

    private final MongoCollection<Document> cooperations;

    public CooperationDirectoryProjection(MongoDatabase database) {
        this.cooperations = database.getCollection(COLLECTION);
    }

    @EventHandler
    public void on(CooperationCreatedEvent event) {
        cooperations.updateOne(eq(ID, event.cooperationId()),
                               combine(set(NAME, event.name()),
                                       set(REGION, event.region()),
                                       setOnInsert(CENTRES, List.of())),
                               new UpdateOptions().upsert(true));
    }

    @EventHandler
    public void on(MemberCentreAddedEvent event) {
        Document centre = new Document(DEPARTMENT_CODE, event.departmentCode()).append(NAME, event.name());
        cooperations.updateOne(and(eq(ID, event.cooperationId()),
                                   ne(CENTRES + "." + DEPARTMENT_CODE, event.departmentCode())),
                               push(CENTRES, centre));
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
            summaries.add(new CooperationSummary(cooperation.getString(ID), cooperation.getString(NAME),
                                                 cooperation.getString(REGION), centresOf(cooperation).size()));
        }
        Collator french = Collator.getInstance(Locale.FRENCH);
        summaries.sort(Comparator.comparing(CooperationSummary::name, french)
                                 .thenComparing(CooperationSummary::cooperationId));
        return summaries;
    }

    @QueryHandler
    public Optional<CooperationView> handle(FindCooperationQuery query) {
        return Optional.ofNullable(cooperations.find(eq(ID, query.cooperationId())).first())
                       .map(CooperationDirectoryProjection::view);
    }

    private static CooperationView view(Document cooperation) {
        List<MemberCentreView> centres = centresOf(cooperation).stream()
                .map(centre -> new MemberCentreView(centre.getString(DEPARTMENT_CODE), centre.getString(NAME)))
                // string order is the usual order of départements: 19, 21, 2A, 2B, 30 … 95, 971
                .sorted(Comparator.comparing(MemberCentreView::departmentCode))
                .toList();
        return new CooperationView(cooperation.getString(ID), cooperation.getString(NAME),
                                   cooperation.getString(REGION), centres);
    }

    private static List<Document> centresOf(Document cooperation) {
        return cooperation.getList(CENTRES, Document.class, List.of());
    }
}
