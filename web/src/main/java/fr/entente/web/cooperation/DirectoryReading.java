package fr.entente.web.cooperation;

import org.springframework.stereotype.Component;
import fr.entente.cooperation.query.BodySummary;
import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.CooperationView;
import fr.entente.cooperation.query.FindBodiesQuery;
import fr.entente.cooperation.query.MemberCentreView;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.security.CooperationAccess;
import fr.entente.web.security.VisibleCooperation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The directory of a cooperation and its bodies, as the signed-in person may see them, for the API and the pages. */
@Component
public class DirectoryReading {

    private final CooperationAccess access;
    private final QueryGateway queries;
    private final PersonAccounts accounts;

    public DirectoryReading(CooperationAccess access, QueryGateway queries, PersonAccounts accounts) {
        this.access = access;
        this.queries = queries;
        this.accounts = accounts;
    }

    public DirectoryResults.Directory directory(String cooperationId) {
        VisibleCooperation visible = access.cooperation(cooperationId);
        CooperationView cooperation = visible.cooperation();
        List<BodySummary> bodies = cooperation.bodies();
        if (visible.partner()) {
            Set<String> opened = queries.query(new FindBodiesQuery(cooperationId), ResponseTypes.multipleInstancesOf(BodyView.class))
                    .join().stream().filter(visible::mayOpen).map(BodyView::bodyId).collect(Collectors.toSet());
            bodies = bodies.stream().filter(body -> opened.contains(body.bodyId())).toList();
        }
        Map<String, String> names = accounts.displayNames(cooperation.administrators());
        return new DirectoryResults.Directory(
                cooperation.cooperationId(), cooperation.name(), cooperation.region(), cooperation.memberCentres(),
                cooperation.coordinatingCentre().map(MemberCentreView::departmentCode).orElse(null),
                cooperation.partners(),
                cooperation.administrators().stream()
                           .map(id -> new DirectoryResults.Person(id, names.get(id))).toList(),
                bodies,
                cooperation.presidency() == null ? null
                        : new DirectoryResults.Presidency(cooperation.presidency().firstYear(),
                                                          cooperation.presidency().departmentCodes()),
                cooperation.presidingCentreIn(thisYear()).map(MemberCentreView::departmentCode).orElse(null));
    }

    public DirectoryResults.Body body(String cooperationId, String bodyId) {
        VisibleCooperation visible = access.cooperation(cooperationId);
        BodyView body = access.body(cooperationId, bodyId);
        List<BodyView> all = queries.query(new FindBodiesQuery(cooperationId), ResponseTypes.multipleInstancesOf(BodyView.class))
                                    .join().stream().filter(visible::mayOpen).toList();
        Map<String, String> names = accounts.displayNames(body.members().stream().map(member -> member.personId()).toList());
        return new DirectoryResults.Body(body.cooperationId(), body.bodyId(), body.kind(), body.name(), body.partners(),
                body.members().stream()
                    .map(member -> new DirectoryResults.Member(member.personId(), names.get(member.personId()),
                                                                 member.organisationId(), member.role()))
                    .toList(),
                all.stream().filter(other -> body.reportsTo().contains(other.bodyId())).map(DirectoryReading::summary).toList(),
                all.stream().filter(other -> other.reportsTo().contains(bodyId)).map(DirectoryReading::summary).toList());
    }

    /** The year in Paris, where the presidency changes hands. */
    private static int thisYear() {
        return Year.now(ZoneId.of("Europe/Paris")).getValue();
    }

    private static BodySummary summary(BodyView body) {
        return new BodySummary(body.bodyId(), body.kind(), body.name());
    }
}
