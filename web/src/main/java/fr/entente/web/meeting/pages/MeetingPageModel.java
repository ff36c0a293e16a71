package fr.entente.web.meeting.pages;

import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.query.BodySummary;
import fr.entente.cooperation.query.CooperationView;
import fr.entente.decision.query.DecisionView;
import fr.entente.decision.query.FindDecisionQuery;
import fr.entente.live.query.LiveTopics;
import fr.entente.meeting.api.AgendaItemPurpose;
import fr.entente.meeting.api.AttendanceStatus;
import fr.entente.meeting.api.ProposalOutcome;
import fr.entente.meeting.query.AgendaItemView;
import fr.entente.meeting.query.AttendanceView;
import fr.entente.meeting.query.FindBodyMeetingsQuery;
import fr.entente.meeting.query.MeetingStatus;
import fr.entente.meeting.query.MeetingSummary;
import fr.entente.meeting.query.MeetingView;
import fr.entente.meeting.query.MinutesStatus;
import fr.entente.meeting.query.ProposalView;
import fr.entente.meeting.query.RequestStatus;
import fr.entente.web.pages.MarkdownText;
import fr.entente.web.pages.ScriptJson;
import fr.entente.meeting.query.ActionItemView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import fr.entente.web.problem.NotVisibleException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the meeting pages show, for one role in the meeting's body: the officer and convenor manage it (and read the
 * minutes from the draft on), the convenor approves minutes, the other members see the minutes once published.
 * Nothing here depends on who the person is beyond that role: the live sections rendered for one member serve every
 * member of the same role.
 */
@Component
public class MeetingPageModel {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The model attribute that names the page being rendered, whose live sections its script asks for. */
    static final String PAGE = "livePage";

    private final QueryGateway queries;
    private final MessageSource messages;
    private final ScriptJson json;
    private final MarkdownText markdown;
    private final Clock clock = Clock.systemUTC();

    MeetingPageModel(QueryGateway queries, MessageSource messages, ScriptJson json, MarkdownText markdown) {
        this.queries = queries;
        this.messages = messages;
        this.json = json;
        this.markdown = markdown;
    }

    /** Everything the three pages show of the meeting, as a person of this role in its body sees it. */
    void fill(MeetingPageData.Data data, BodyRole role, Model model, Locale locale) {
        boolean manager = role == BodyRole.OFFICER || role == BodyRole.CONVENOR;
        // no role: a member of a body this one reports to, who reads the published record only
        MeetingView meeting = role == null ? data.meeting().publishedRecord().orElseThrow(NotVisibleException::meeting)
                : manager ? data.meeting() : data.meeting().withMinutesOnlyIfPublished();
        model.addAttribute("reader", role == null);
        CooperationView cooperation = data.cooperation();
        model.addAttribute("meeting", meeting);
        model.addAttribute("base", "/cooperations/" + meeting.cooperationId() + "/reunions/" + meeting.meetingId());
        model.addAttribute("live", meeting.status() == MeetingStatus.LIVE);
        model.addAttribute("minutes", meeting.minutes());
        model.addAttribute("minutesHtml", markdown.html(meeting.minutes().text()));
        model.addAttribute("actionsByItem", meeting.actions().stream().collect(Collectors.groupingBy(
                ActionItemView::itemId, LinkedHashMap::new, Collectors.toList())));
        model.addAttribute("status", meeting.minutes().status().name());
        model.addAttribute("bodyName", Objects.requireNonNullElse(data.body().name(), data.body().bodyId()));
        model.addAttribute("manager", manager);
        // a working group's requests and proposals lead to the observatory's studies (issue 15): a link to propose one
        model.addAttribute("studyLinks", role != null && data.body().kind() == fr.entente.cooperation.api.BodyKind.WORKING_GROUP);
        model.addAttribute("convenor", role == BodyRole.CONVENOR);
        model.addAttribute("zone", PARIS);
        model.addAttribute("names", data.names().people());
        model.addAttribute("organisations", organisationNames(cooperation));
        model.addAttribute("bodyNames", cooperation.bodies().stream().collect(Collectors.toMap(
                BodySummary::bodyId, body -> Objects.requireNonNullElse(body.name(), body.bodyId()))));
        model.addAttribute("itemTitles", meeting.items().stream().collect(Collectors.toMap(AgendaItemView::itemId,
                AgendaItemView::title, (first, second) -> first, LinkedHashMap::new)));
        model.addAttribute("proposalVotes", proposalVotes(meeting));
        model.addAttribute("members", data.body().members());
        model.addAttribute("purposes", AgendaItemPurpose.values());
        model.addAttribute("outcomes", ProposalOutcome.values());
        model.addAttribute("attendanceStatuses", AttendanceStatus.values());
        model.addAttribute("pendingRequests", meeting.requests().stream()
                                                     .filter(request -> request.status() == RequestStatus.PENDING).toList());
        model.addAttribute("requestsOpen", requestsOpen(meeting));
        model.addAttribute("notesOpen", meeting.status() == MeetingStatus.LIVE
                                        || meeting.status() == MeetingStatus.ENDED && meeting.minutes().status() == MinutesStatus.NONE);
        model.addAttribute("icsUrl", "/api/cooperations/" + meeting.cooperationId() + "/meetings/" + meeting.meetingId() + "/calendar.ics");
        currentItem(meeting, model);
        model.addAttribute("notesByItem", meeting.notes().stream().collect(Collectors.groupingBy(
                note -> note.itemId(), LinkedHashMap::new, Collectors.toList())));
        model.addAttribute("attendanceByPerson", meeting.attendance().stream()
                                                        .collect(Collectors.toMap(AttendanceView::personId, Function.identity())));
        model.addAttribute("otherBodies", cooperation.bodies().stream()
                                                     .filter(body -> !body.bodyId().equals(meeting.bodyId())).toList());
        model.addAttribute("liveMeetings", meeting.minutes().status() == MinutesStatus.SUBMITTED
                ? liveMeetingsOfTheBodyBut(meeting) : List.of());
        model.addAttribute("liveJson", json.of(Map.of(
                "topic", LiveTopics.meeting(meeting.cooperationId(), meeting.meetingId()),
                "position", meeting.position(),
                "sections", "/cooperations/" + meeting.cooperationId() + "/reunions/" + meeting.meetingId()
                            + "/sections?page=" + Objects.requireNonNullElse(model.getAttribute(PAGE), ""),
                "updated", messages.getMessage("meeting.updated", null, locale),
                "newer", messages.getMessage("meeting.newerWaiting", null, locale))));
    }

    /** The decisions that put proposals to the body's vote, by id: their tally, number and outcome, as they stand. */
    private Map<String, DecisionView> proposalVotes(MeetingView meeting) {
        Map<String, DecisionView> votes = new LinkedHashMap<>();
        meeting.proposals().stream().map(ProposalView::decisionId).filter(Objects::nonNull).distinct()
               .forEach(decisionId -> queries.query(new FindDecisionQuery(decisionId),
                                                    ResponseTypes.optionalInstanceOf(DecisionView.class)).join()
                                             .ifPresent(decision -> votes.put(decisionId, decision)));
        return votes;
    }

    /** The item under way and what is recorded on it; the forms that record take its id from here. */
    private static void currentItem(MeetingView meeting, Model model) {
        AgendaItemView current = meeting.items().stream().filter(item -> item.itemId().equals(meeting.currentItemId()))
                                        .findFirst().orElse(null);
        model.addAttribute("currentItem", current);
        model.addAttribute("currentNotes", current == null ? List.of()
                : meeting.notes().stream().filter(note -> note.itemId().equals(current.itemId())).toList());
        model.addAttribute("currentProposals", current == null ? List.of()
                : meeting.proposals().stream().filter(proposal -> proposal.itemId().equals(current.itemId())).toList());
        model.addAttribute("currentActions", current == null ? List.of()
                : meeting.actions().stream().filter(action -> action.itemId().equals(current.itemId())).toList());
    }

    private static Map<String, String> organisationNames(CooperationView cooperation) {
        Map<String, String> names = new LinkedHashMap<>();
        cooperation.memberCentres().forEach(centre -> names.put(centre.organisationId(), centre.name()));
        cooperation.partners().forEach(partner -> names.put(partner.organisationId(), partner.name()));
        return names;
    }

    /** Where submitted minutes can be approved by the body: its other meetings that are live now. */
    private List<MeetingSummary> liveMeetingsOfTheBodyBut(MeetingView meeting) {
        return queries.query(new FindBodyMeetingsQuery(meeting.cooperationId(), meeting.bodyId()),
                             ResponseTypes.multipleInstancesOf(MeetingSummary.class)).join().stream()
                      .filter(other -> other.status() == MeetingStatus.LIVE && !other.meetingId().equals(meeting.meetingId()))
                      .toList();
    }

    private boolean requestsOpen(MeetingView meeting) {
        Instant now = clock.instant();
        return meeting.status() == MeetingStatus.SCHEDULED && meeting.publishedVersion() == 0
               && (meeting.requestDeadline() == null || !now.isAfter(meeting.requestDeadline()));
    }
}
