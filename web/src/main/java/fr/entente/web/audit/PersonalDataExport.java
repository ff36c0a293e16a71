package fr.entente.web.audit;

import fr.entente.audit.query.FindTrailQuery;
import fr.entente.audit.query.TrailEntry;
import fr.entente.audit.query.TrailFilter;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.infra.security.PersonAccount;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.security.CurrentPerson;
import fr.entente.web.security.Memberships;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the hub holds about the signed-in person, for them to take away (seed 002, art. 7.4): their account, their
 * memberships and roles, their language, and every act of theirs in the log, as the trail says it.
 */
@Component
public class PersonalDataExport {

    /** The export: all of it, as JSON. */
    public record PersonalData(Instant exportedAt, Account account, List<MembershipView> memberships,
                               Map<String, List<Act>> actsByCooperation) {
    }

    public record Account(String personId, String username, String displayName, String email, String language,
                          Instant createdAt) {
    }

    /** One act of the person: when, what (in their language), and the event's values. */
    public record Act(long position, Instant at, String type, String sentence, Map<String, String> values) {
    }

    private final CurrentPerson currentPerson;
    private final PersonAccounts accounts;
    private final Memberships memberships;
    private final QueryGateway queries;
    private final AuditTrail trail;

    public PersonalDataExport(CurrentPerson currentPerson, PersonAccounts accounts, Memberships memberships,
                              QueryGateway queries, AuditTrail trail) {
        this.currentPerson = currentPerson;
        this.accounts = accounts;
        this.memberships = memberships;
        this.queries = queries;
        this.trail = trail;
    }

    public PersonalData ofSignedInPerson(Locale locale) {
        String personId = currentPerson.personId();
        PersonAccount account = accounts.find(personId).orElseThrow();
        List<MembershipView> cooperations = memberships.everywhere(personId);
        Map<String, List<Act>> acts = new java.util.LinkedHashMap<>();
        for (MembershipView membership : cooperations) {
            acts.put(membership.cooperationId(), actsOf(personId, membership.cooperationId(), locale));
        }
        return new PersonalData(Instant.now(), new Account(personId, account.username(), account.displayName(), account.email(),
                                                           accounts.languageOf(personId).getLanguage(), account.createdAt()),
                                cooperations, acts);
    }

    private List<Act> actsOf(String personId, String cooperationId, Locale locale) {
        TrailFilter mine = new TrailFilter(null, null, null, personId, null, null, null, null, null);
        List<Act> acts = new ArrayList<>();
        Long before = null;
        while (true) {
            List<TrailEntry> page = queries.query(new FindTrailQuery(cooperationId, mine, before, AuditTrail.MOST_PER_PAGE),
                                                  ResponseTypes.multipleInstancesOf(TrailEntry.class)).join();
            for (AuditTrail.Act act : trail.said(cooperationId, page, locale)) {
                acts.add(new Act(act.position(), act.at(), act.type(), act.sentence(), act.values()));
            }
            if (page.size() < AuditTrail.MOST_PER_PAGE) {
                return acts;
            }
            before = page.get(page.size() - 1).position();
        }
    }
}
