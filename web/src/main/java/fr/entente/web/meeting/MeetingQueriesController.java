package fr.entente.web.meeting;

import fr.entente.cooperation.query.CooperationView;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.meeting.query.ActionItemView;
import fr.entente.meeting.query.AgendaRequestView;
import fr.entente.meeting.query.MeetingSummary;
import fr.entente.meeting.query.MeetingView;
import fr.entente.meeting.query.MinutesAmendmentView;
import fr.entente.meeting.query.NoteBlockView;
import fr.entente.meeting.query.ProposalView;
import fr.entente.web.security.CooperationAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** The meetings of a body, and one meeting with its agenda, live record and minutes, for the body's members. */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}", produces = "application/json")
@Tag(name = "Réunions", description = "The meetings of the bodies: schedule, agenda, live record, notes, minutes. "
                                      + "Only the members of a body see its meetings (404 for anyone else). Reads are "
                                      + "eventually consistent: a change answered a moment ago shows within a few "
                                      + "milliseconds.")
public class MeetingQueriesController {

    private final MeetingAccess access;
    private final CooperationAccess cooperations;
    private final PersonAccounts accounts;

    public MeetingQueriesController(MeetingAccess access, CooperationAccess cooperations, PersonAccounts accounts) {
        this.access = access;
        this.cooperations = cooperations;
        this.accounts = accounts;
    }

    @GetMapping("/bodies/{bodyId}/meetings")
    @Operation(summary = "A body's meetings, by date then start time",
               description = "For the members of the body only, whatever their role: 404 for anyone else, members of "
                             + "the cooperation who do not sit in the body included.")
    public List<MeetingSummary> bodyMeetings(@PathVariable String cooperationId, @PathVariable String bodyId) {
        return access.bodyMeetings(cooperationId, bodyId);
    }

    @GetMapping("/meetings/{meetingId}")
    @Operation(summary = "A meeting: schedule, agenda requests and items, amendments, attendance, notes, proposals, "
                         + "actions and minutes, with the names of the people and organisations it names",
               description = "For the members of the meeting's body only: 404 for anyone else, as for a meeting that "
                             + "does not exist. Live updates: topic cooperation/{c}/meeting/{m}.")
    public MeetingResponse meeting(@PathVariable String cooperationId, @PathVariable String meetingId) {
        MeetingView meeting = access.meeting(cooperationId, meetingId);
        return new MeetingResponse(meeting, people(meeting), organisations(meeting, cooperationId));
    }

    private Map<String, String> people(MeetingView meeting) {
        Set<String> ids = new LinkedHashSet<>();
        meeting.requests().forEach(request -> ids.add(request.requestedBy()));
        meeting.attendance().forEach(entry -> {
            ids.add(entry.personId());
            ids.add(entry.representedBy());
        });
        meeting.notes().stream().map(NoteBlockView::authorId).forEach(ids::add);
        meeting.proposals().stream().map(ProposalView::proposedByPersonId).forEach(ids::add);
        meeting.actions().stream().map(ActionItemView::ownerPersonId).forEach(ids::add);
        ids.add(meeting.minutes().approvedBy());
        for (MinutesAmendmentView amendment : meeting.minutes().amendments()) {
            ids.add(amendment.proposedBy());
            ids.add(amendment.approvedBy());
        }
        ids.remove(null);
        Map<String, String> names = accounts.displayNames(ids);
        Map<String, String> people = new LinkedHashMap<>();
        ids.forEach(id -> people.put(id, names.get(id)));
        return people;
    }

    private Map<String, String> organisations(MeetingView meeting, String cooperationId) {
        Set<String> ids = new LinkedHashSet<>();
        Stream.of(meeting.requests().stream().map(AgendaRequestView::onBehalfOf),
                  meeting.proposals().stream().map(ProposalView::proposedByOrganisationId),
                  meeting.actions().stream().map(ActionItemView::ownerOrganisationId))
              .flatMap(stream -> stream).filter(Objects::nonNull).forEach(ids::add);
        Map<String, String> organisations = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return organisations;
        }
        CooperationView cooperation = cooperations.findCooperation(cooperationId).orElse(null);
        for (String id : ids) {
            organisations.put(id, cooperation == null ? null : nameOf(cooperation, id));
        }
        return organisations;
    }

    private static String nameOf(CooperationView cooperation, String organisationId) {
        return Stream.concat(cooperation.memberCentres().stream()
                                        .filter(centre -> centre.organisationId().equals(organisationId))
                                        .map(centre -> centre.name()),
                             cooperation.partners().stream()
                                        .filter(partner -> partner.organisationId().equals(organisationId))
                                        .map(partner -> partner.name()))
                     .findFirst().orElse(null);
    }
}
