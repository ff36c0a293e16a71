package fr.entente.web.pages;

import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.query.BodyMembershipView;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.live.query.LiveTopics;
import fr.entente.meeting.api.AgendaItemPurpose;
import fr.entente.meeting.api.AttendanceStatus;
import fr.entente.meeting.api.ProposalOutcome;
import fr.entente.meeting.query.AgendaItemView;
import fr.entente.meeting.query.AttendanceView;
import fr.entente.meeting.query.FindBodyMeetingsQuery;
import fr.entente.meeting.query.MeetingStatus;
import fr.entente.meeting.query.MeetingSummary;
import fr.entente.meeting.query.MinutesStatus;
import fr.entente.meeting.query.MeetingView;
import fr.entente.meeting.query.RequestStatus;
import fr.entente.web.cooperation.CooperationDirectoryController;
import fr.entente.web.cooperation.DirectoryResponses;
import fr.entente.web.live.LivePositions;
import fr.entente.web.meeting.MeetingAccess;
import fr.entente.web.problem.NotVisibleException;
import fr.entente.web.security.CooperationAccess;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the meeting pages show, and to whom: the meeting as the signed-in person may see it (a member of its body;
 * anyone else gets the 404 page, exactly as for a meeting that does not exist), the names of the people and
 * organisations it mentions (read from the accounts and the directory: the log knows only identifiers), what the
 * person may do there (manage: its officer or convenor; approve minutes: its convenor), and the live topic.
 */
@Component
class MeetingPageModel {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A meeting as one member of its body sees it. */
    record SeenMeeting(MeetingView meeting, BodyRole role, String personId, DirectoryResponses.Body body,
                       DirectoryResponses.Directory cooperation) {

        boolean manager() {
            return role == BodyRole.OFFICER || role == BodyRole.CONVENOR;
        }

        boolean convenor() {
            return role == BodyRole.CONVENOR;
        }
    }

    private final QueryGateway queries;
    private final CooperationAccess access;
    private final MeetingAccess meetings;
    private final CooperationDirectoryController directory;
    private final PersonAccounts accounts;
    private final LivePositions livePositions;
    private final MessageSource messages;
    private final ScriptJson json;
    private final Clock clock = Clock.systemUTC();

    MeetingPageModel(QueryGateway queries, CooperationAccess access, MeetingAccess meetings, CooperationDirectoryController directory,
                     PersonAccounts accounts, LivePositions livePositions, MessageSource messages, ScriptJson json) {
        this.queries = queries;
        this.access = access;
        this.meetings = meetings;
        this.directory = directory;
        this.accounts = accounts;
        this.livePositions = livePositions;
        this.messages = messages;
        this.json = json;
    }

    /** The meeting, if the signed-in person sits in its body; the live position is read first (see LivePositions). */
    SeenMeeting seen(String cooperationId, String meetingId, Model model) {
        model.addAttribute("livePosition", livePositions.of(LiveTopics.meeting(cooperationId, meetingId)));
        MeetingView meeting = meetings.meeting(cooperationId, meetingId);
        MembershipView membership = access.membershipIn(cooperationId);
        BodyRole role = membership.bodies().stream().filter(seat -> seat.bodyId().equals(meeting.bodyId()))
                                  .map(BodyMembershipView::role).findFirst()
                                  .orElseThrow(NotVisibleException::meeting);
        return new SeenMeeting(meeting, role, membership.personId(), directory.body(cooperationId, meeting.bodyId()),
                               directory.directory(cooperationId));
    }

    /** Everything the three pages share. */
    void fill(SeenMeeting seen, Model model, Locale locale) {
        MeetingView meeting = seen.meeting();
        // only submitted minutes need them, and the meeting's pages are rendered again at every live update
        boolean submittedMinutes = meeting.minutes().status() == MinutesStatus.SUBMITTED;
        model.addAttribute("meeting", meeting);
        model.addAttribute("bodyName", Objects.requireNonNullElse(seen.body().name(), seen.body().bodyId()));
        model.addAttribute("manager", seen.manager());
        model.addAttribute("convenor", seen.convenor());
        model.addAttribute("zone", PARIS);
        model.addAttribute("names", names(meeting, seen.body()));
        model.addAttribute("organisations", DirectoryPageController.organisationNames(seen.cooperation()));
        model.addAttribute("bodyNames", seen.cooperation().bodies().stream().collect(Collectors.toMap(
                body -> body.bodyId(), body -> Objects.requireNonNullElse(body.name(), body.bodyId()))));
        model.addAttribute("itemTitles", meeting.items().stream().collect(Collectors.toMap(AgendaItemView::itemId,
                AgendaItemView::title, (first, second) -> first, LinkedHashMap::new)));
        model.addAttribute("members", seen.body().members());
        model.addAttribute("purposes", AgendaItemPurpose.values());
        model.addAttribute("outcomes", ProposalOutcome.values());
        model.addAttribute("attendanceStatuses", AttendanceStatus.values());
        model.addAttribute("pendingRequests", meeting.requests().stream()
                                                     .filter(request -> request.status() == RequestStatus.PENDING).toList());
        model.addAttribute("requestsOpen", requestsOpen(meeting));
        model.addAttribute("notesOpen", meeting.status() == MeetingStatus.LIVE
                                        || meeting.status() == MeetingStatus.ENDED && meeting.minutes().status() == MinutesStatus.NONE);
        model.addAttribute("icsUrl", "/api/cooperations/" + meeting.cooperationId() + "/meetings/" + meeting.meetingId() + "/calendar.ics");
        AgendaItemView current = meeting.items().stream().filter(item -> item.itemId().equals(meeting.currentItemId()))
                                        .findFirst().orElse(null);
        model.addAttribute("currentItem", current);
        model.addAttribute("currentNotes", current == null ? List.of()
                : meeting.notes().stream().filter(note -> note.itemId().equals(current.itemId())).toList());
        model.addAttribute("currentProposals", current == null ? List.of()
                : meeting.proposals().stream().filter(proposal -> proposal.itemId().equals(current.itemId())).toList());
        model.addAttribute("currentActions", current == null ? List.of()
                : meeting.actions().stream().filter(action -> action.itemId().equals(current.itemId())).toList());
        model.addAttribute("notesByItem", meeting.notes().stream().collect(Collectors.groupingBy(
                note -> note.itemId(), LinkedHashMap::new, Collectors.toList())));
        model.addAttribute("newBlockId", "note-" + UUID.randomUUID());
        model.addAttribute("attendanceByPerson", meeting.attendance().stream()
                                                        .collect(Collectors.toMap(AttendanceView::personId, Function.identity())));
        model.addAttribute("otherBodies", seen.cooperation().bodies().stream()
                                              .filter(body -> !body.bodyId().equals(meeting.bodyId())).toList());
        model.addAttribute("liveMeetings", submittedMinutes ? liveMeetingsOfTheBodyBut(meeting) : List.of());
        Map<String, Object> live = Map.of("topic", LiveTopics.meeting(meeting.cooperationId(), meeting.meetingId()),
                                          "position", model.getAttribute("livePosition"),
                                          "updated", messages.getMessage("meeting.updated", null, locale),
                                          "newer", messages.getMessage("meeting.newerWaiting", null, locale));
        model.addAttribute("liveJson", json.of(live));
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

    /** The names of everyone the meeting mentions, and of the body's members. */
    private Map<String, String> names(MeetingView meeting, DirectoryResponses.Body body) {
        Set<String> ids = new HashSet<>();
        body.members().forEach(member -> ids.add(member.personId()));
        meeting.requests().forEach(request -> ids.add(request.requestedBy()));
        meeting.attendance().forEach(presence -> Stream.of(presence.personId(), presence.representedBy()).forEach(ids::add));
        meeting.notes().forEach(note -> ids.add(note.authorId()));
        meeting.proposals().forEach(proposal -> ids.add(proposal.proposedByPersonId()));
        meeting.actions().forEach(action -> ids.add(action.ownerPersonId()));
        ids.add(meeting.minutes().approvedBy());
        meeting.minutes().amendments().forEach(amendment -> Stream.of(amendment.proposedBy(), amendment.approvedBy()).forEach(ids::add));
        ids.remove(null);
        return accounts.displayNames(ids);
    }
}
