package fr.entente.web.audit;

import fr.entente.audit.query.FindTrailCausesQuery;
import fr.entente.audit.query.FindTrailEntryQuery;
import fr.entente.audit.query.FindTrailMeetingTitlesQuery;
import fr.entente.audit.query.FindTrailQuery;
import fr.entente.audit.query.MeetingTitles;
import fr.entente.audit.query.TrailEntry;
import fr.entente.audit.query.TrailFilter;
import fr.entente.cooperation.query.BodySummary;
import fr.entente.cooperation.query.CooperationView;
import fr.entente.cooperation.query.FindCooperationQuery;
import fr.entente.cooperation.query.MemberCentreView;
import fr.entente.cooperation.query.PartnerView;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.problem.NotVisibleException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The audit trail of a cooperation, for its directors and administrators, for the pages and the API alike: pages of
 * acts, newest first, each said as a sentence in the reader's language with the names of the people, centres, bodies
 * and meetings it concerns; one act with its causes.
 */
@Component
public class AuditTrail {

    /** The most a page holds; an export reads page after page. */
    public static final int MOST_PER_PAGE = 200;

    /** One act as a reader sees it. */
    public record Act(long position, Instant at, String sentence, String actorId, String actorName,
                      String organisationId, String organisationName, String type, String context, String bodyId,
                      String bodyName, String meetingId, String meetingTitle, String correlationId,
                      Map<String, String> values) {
    }

    /** A page of acts, and where the next one starts (none: this is the last). */
    public record Page(List<Act> acts, Long nextBefore) {
    }

    /** An act and the acts it follows from, oldest first. */
    public record Explained(Act act, List<Act> causes) {
    }

    private final AuditAccess access;
    private final QueryGateway queries;
    private final PersonAccounts accounts;
    private final TrailSentences sentences;

    public AuditTrail(AuditAccess access, QueryGateway queries, PersonAccounts accounts, TrailSentences sentences) {
        this.access = access;
        this.queries = queries;
        this.accounts = accounts;
        this.sentences = sentences;
    }

    public Page page(String cooperationId, TrailFilter filter, Long before, int limit, Locale locale) {
        access.requireReader(cooperationId);
        int size = Math.max(1, Math.min(limit, MOST_PER_PAGE));
        List<TrailEntry> entries = queries.query(new FindTrailQuery(cooperationId, filter, before, size),
                                                 ResponseTypes.multipleInstancesOf(TrailEntry.class)).join();
        List<Act> acts = said(cooperationId, entries, locale);
        return new Page(acts, entries.size() < size ? null : entries.get(entries.size() - 1).position());
    }

    public Explained explained(String cooperationId, long position, Locale locale) {
        access.requireReader(cooperationId);
        TrailEntry entry = queries.query(new FindTrailEntryQuery(cooperationId, position),
                                         ResponseTypes.optionalInstanceOf(TrailEntry.class)).join()
                                  .orElseThrow(() -> new AuditRefusedException(AuditRefusal.ACT_UNKNOWN, Long.toString(position)));
        List<TrailEntry> causes = queries.query(new FindTrailCausesQuery(cooperationId, position),
                                                ResponseTypes.multipleInstancesOf(TrailEntry.class)).join();
        List<TrailEntry> all = new java.util.ArrayList<>(causes);
        all.add(entry);
        List<Act> acts = said(cooperationId, all, locale);
        return new Explained(acts.get(acts.size() - 1), acts.subList(0, acts.size() - 1));
    }

    /** The bodies and the people of the cooperation, for the filters. */
    public TrailSentences.Names names(String cooperationId) {
        access.requireReader(cooperationId);
        return namesFor(cooperationId, List.of());
    }

    List<Act> said(String cooperationId, List<TrailEntry> entries, Locale locale) {
        TrailSentences.Names names = namesFor(cooperationId, entries);
        return entries.stream().map(entry -> new Act(entry.position(), entry.at(), sentences.say(entry, names, locale),
                entry.bySystem() ? null : entry.actorId(),
                entry.bySystem() ? null : names.people().get(entry.actorId()),
                entry.actorOrganisation(), names.organisations().get(entry.actorOrganisation()), entry.type(),
                entry.context(), entry.bodyId(), names.bodies().get(entry.bodyId()), entry.meetingId(),
                names.meetings().get(entry.meetingId()), entry.correlationId(), entry.values())).toList();
    }

    private TrailSentences.Names namesFor(String cooperationId, Collection<TrailEntry> entries) {
        CooperationView cooperation = queries.query(new FindCooperationQuery(cooperationId),
                                                    ResponseTypes.optionalInstanceOf(CooperationView.class)).join()
                                             .orElseThrow(NotVisibleException::cooperation);
        Map<String, String> organisations = new HashMap<>();
        organisations.put("entente", "Entente");
        for (MemberCentreView centre : cooperation.memberCentres()) {
            organisations.put(centre.organisationId(), centre.name());
        }
        for (PartnerView partner : cooperation.partners()) {
            organisations.put(partner.organisationId(), partner.name());
        }
        Map<String, String> bodies = new HashMap<>();
        for (BodySummary body : cooperation.bodies()) {
            bodies.put(body.bodyId(), body.name() != null ? body.name() : body.bodyId());
        }
        Set<String> people = new LinkedHashSet<>();
        Set<String> meetingIds = new LinkedHashSet<>();
        for (TrailEntry entry : entries) {
            people.add(entry.actorId());
            entry.values().forEach((field, value) -> {
                if (field.toLowerCase(Locale.ROOT).contains("person") || field.equals("authorId")) {
                    people.add(value);
                }
            });
            if (entry.meetingId() != null) {
                meetingIds.add(entry.meetingId());
            }
        }
        people.remove(null);
        Map<String, String> meetings = meetingIds.isEmpty() ? Map.of()
                : queries.query(new FindTrailMeetingTitlesQuery(List.copyOf(meetingIds)), ResponseTypes.instanceOf(MeetingTitles.class))
                         .join().byMeetingId();
        // mutable maps: an act without a body or a meeting asks for the name of null, which immutable maps refuse
        return new TrailSentences.Names(new HashMap<>(accounts.displayNames(people)), organisations, bodies, new HashMap<>(meetings));
    }
}
