package fr.entente.web.portal;

import fr.entente.web.security.AuditReaders;
import fr.entente.web.pages.ScriptJson;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.query.BodySummary;
import fr.entente.cooperation.query.CooperationView;
import fr.entente.cooperation.query.FindMembershipsQuery;
import fr.entente.cooperation.query.MemberCentreView;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.cooperation.query.PartnerView;
import fr.entente.live.query.LiveTopics;
import fr.entente.meeting.query.FindMeetingsOfBodiesQuery;
import fr.entente.meeting.query.MeetingStatus;
import fr.entente.meeting.query.MeetingSummary;
import fr.entente.web.live.LivePositions;
import fr.entente.web.meeting.MeetingAccess;
import fr.entente.web.decision.DecisionAccess;
import fr.entente.decision.query.DecisionSummary;
import fr.entente.web.security.CooperationAccess;
import fr.entente.web.security.CurrentPerson;
import fr.entente.web.security.VisibleCooperation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import fr.entente.web.pages.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The home page: the signed-in person's cooperations, their organisation in each, their bodies and roles. The list
 * is rendered here (it works without JavaScript); {@code /js/accueil.js} then follows {@code person/<id>} live and
 * renders it again when it changes.
 */
@PageController
public class HomePageController {

    /** A body the person sits in, as the page shows it. */
    record HomeBody(String bodyId, String name, BodyKind kind, BodyRole role) {
    }

    /** A cooperation of the person's, as the page shows it. */
    record HomeCooperation(String cooperationId, String name, String organisationName, boolean administrator,
                           List<HomeBody> bodies) {
    }

    private final QueryGateway queries;
    private final CurrentPerson currentPerson;
    private final CooperationAccess access;
    private final MessageSource messages;
    private final ScriptJson json;
    private final LivePositions livePositions;
    private final AuditReaders audit;
    private final DecisionAccess decisions;

    HomePageController(QueryGateway queries, CurrentPerson currentPerson, CooperationAccess access,
                       MessageSource messages, ScriptJson json, LivePositions livePositions, AuditReaders audit,
                       DecisionAccess decisions) {
        this.audit = audit;
        this.decisions = decisions;
        this.queries = queries;
        this.currentPerson = currentPerson;
        this.access = access;
        this.messages = messages;
        this.json = json;
        this.livePositions = livePositions;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        String personId = currentPerson.personId();
        long position = livePositions.of(LiveTopics.person(personId));
        List<MembershipView> memberships = queries.query(new FindMembershipsQuery(personId),
                                                         ResponseTypes.multipleInstancesOf(MembershipView.class)).join();
        List<HomeCooperation> cooperations = memberships.stream()
                .flatMap(membership -> access.findCooperation(membership.cooperationId())
                                             .map(cooperation -> new VisibleCooperation(membership, cooperation)).stream())
                .map(HomePageController::homeCooperation)
                .toList();
        model.addAttribute("displayName", currentPerson.get().displayName());
        model.addAttribute("cooperations", cooperations);
        model.addAttribute("liveJson", liveData(personId, position, memberships, locale));
        model.addAttribute("nextMeetings", nextMeetings(memberships));
        model.addAttribute("auditedCooperations", memberships.stream().filter(audit::reads)
                                                             .map(MembershipView::cooperationId).collect(Collectors.toSet()));
        model.addAttribute("toArbitrate", toArbitrate(memberships));
        model.addAttribute("paris", ZoneId.of("Europe/Paris"));
        return "accueil";
    }

    /**
     * The person's next meetings, in all the bodies they sit in: what they open the hub for, most days. A meeting held
     * today and already ended, or cancelled, is not one of them.
     */
    private List<MeetingSummary> nextMeetings(List<MembershipView> memberships) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        return queries.query(new FindMeetingsOfBodiesQuery(MeetingAccess.bodiesIn(memberships)),
                             ResponseTypes.multipleInstancesOf(MeetingSummary.class)).join().stream()
                      .filter(meeting -> !meeting.date().isBefore(today))
                      .filter(meeting -> meeting.status() == MeetingStatus.SCHEDULED || meeting.status() == MeetingStatus.LIVE)
                      .sorted(Comparator.comparing(MeetingSummary::date).thenComparing(MeetingSummary::startTime))
                      .limit(5)
                      .toList();
    }

    /** An open decision where the person's centre votes, and whether it voted already. */
    record ToArbitrate(DecisionSummary decision, boolean voted) {
    }

    /** "À arbitrer": the open decisions of the person's bodies where their centre votes, soonest deadline first. */
    private List<ToArbitrate> toArbitrate(List<MembershipView> memberships) {
        return decisions.openWhereTheyVote(memberships).stream()
                        .map(decision -> new ToArbitrate(decision, memberships.stream().anyMatch(
                                membership -> membership.cooperationId().equals(decision.cooperationId())
                                              && decision.votedOrganisations().contains(membership.organisationId()))))
                        .toList();
    }

    private static HomeCooperation homeCooperation(VisibleCooperation visible) {
        CooperationView cooperation = visible.cooperation();
        MembershipView membership = visible.membership();
        Map<String, BodySummary> bodies = cooperation.bodies().stream()
                .collect(Collectors.toMap(BodySummary::bodyId, Function.identity()));
        List<HomeBody> mine = membership.bodies().stream()
                .map(seat -> Optional.ofNullable(bodies.get(seat.bodyId()))
                                     .map(body -> new HomeBody(body.bodyId(), nameOf(body), body.kind(), seat.role()))
                                     .orElse(new HomeBody(seat.bodyId(), seat.bodyId(), BodyKind.OTHER, seat.role())))
                .toList();
        return new HomeCooperation(cooperation.cooperationId(), cooperation.name(),
                                   organisationName(cooperation, membership.organisationId()),
                                   membership.administrator(), mine);
    }

    /** A body created without a name is shown by its identifier. */
    private static String nameOf(BodySummary body) {
        return body.name() == null || body.name().isBlank() ? body.bodyId() : body.name();
    }

    static String organisationName(CooperationView cooperation, String organisationId) {
        return cooperation.memberCentres().stream()
                          .filter(centre -> centre.organisationId().equals(organisationId))
                          .map(MemberCentreView::name).findFirst()
                          .or(() -> cooperation.partners().stream()
                                               .filter(partner -> partner.organisationId().equals(organisationId))
                                               .map(PartnerView::name).findFirst())
                          .orElse(organisationId);
    }

    /**
     * What the live script needs to render the list again: the topic, the names of the bodies the person may open
     * (a partner's person: only those they sit in; the script asks the API for any other), and the labels.
     * Made safe to embed in a script element.
     */
    private String liveData(String personId, long position, List<MembershipView> memberships, Locale locale) {
        Map<String, Map<String, Map<String, String>>> names = new LinkedHashMap<>();
        for (MembershipView membership : memberships) {
            access.findCooperation(membership.cooperationId()).ifPresent(cooperation -> {
                VisibleCooperation visible = new VisibleCooperation(membership, cooperation);
                Set<String> seats = membership.bodies().stream().map(seat -> seat.bodyId()).collect(Collectors.toSet());
                Map<String, Map<String, String>> bodies = new LinkedHashMap<>();
                cooperation.bodies().stream()
                           .filter(body -> !visible.partner() || seats.contains(body.bodyId()))
                           .forEach(body -> bodies.put(body.bodyId(), Map.of("name", nameOf(body), "kind", body.kind().name())));
                names.put(cooperation.cooperationId(), bodies);
            });
        }
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(BodyKind.values()).forEach(kind -> labels.put("kind." + kind, messages.getMessage("kind." + kind, null, locale)));
        Arrays.stream(BodyRole.values()).forEach(role -> labels.put("role." + role, messages.getMessage("role." + role, null, locale)));
        labels.put("noBodies", messages.getMessage("home.noBodies", null, locale));
        labels.put("updated", messages.getMessage("home.updated", null, locale));
        Map<String, Object> data = Map.of("topic", LiveTopics.person(personId), "position", position, "bodies", names, "labels", labels);
        return json.of(data);
    }
}
