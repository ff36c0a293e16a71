package fr.entente.meeting.query;

import fr.entente.meeting.api.AgendaChange;
import fr.entente.meeting.api.AgendaItemPurpose;
import fr.entente.meeting.api.AttendanceStatus;
import fr.entente.meeting.api.MinutesApprovalMode;
import fr.entente.meeting.api.ProposalOutcome;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A meeting's view while an event is applied to it: the {@link MeetingView}'s fields, mutable. The projection reads
 * the stored view into one, lets the event change it and writes the new view back; nothing here knows of storage or
 * of Axon.
 */
final class MeetingRecord {

    String meetingId;
    String cooperationId;
    String bodyId;
    String seriesId;
    String title;
    LocalDate date;
    LocalTime startTime;
    LocalTime endTime;
    String place;
    String videoLink;
    MeetingStatus status = MeetingStatus.SCHEDULED;
    String cancelReason;
    Instant requestDeadline;
    final List<AgendaRequestView> requests = new ArrayList<>();
    final List<AgendaItemView> items = new ArrayList<>();
    int publishedVersion;
    Instant publishedAt;
    final List<AgendaAmendmentView> amendments = new ArrayList<>();
    final List<AttendanceView> attendance = new ArrayList<>();
    String currentItemId;
    /** Blocks in reading order, items mixed: {@link #view()} groups them by item. */
    final List<NoteBlockView> notes = new ArrayList<>();
    final List<ProposalView> proposals = new ArrayList<>();
    final List<ActionItemView> actions = new ArrayList<>();
    MinutesView minutes = MinutesView.NONE;
    Instant startedAt;
    Instant endedAt;
    int sequence;
    Instant lastModified;
    long position;

    static MeetingRecord of(MeetingView view) {
        MeetingRecord meeting = new MeetingRecord();
        meeting.meetingId = view.meetingId();
        meeting.cooperationId = view.cooperationId();
        meeting.bodyId = view.bodyId();
        meeting.seriesId = view.seriesId();
        meeting.title = view.title();
        meeting.date = view.date();
        meeting.startTime = view.startTime();
        meeting.endTime = view.endTime();
        meeting.place = view.place();
        meeting.videoLink = view.videoLink();
        meeting.status = view.status();
        meeting.cancelReason = view.cancelReason();
        meeting.requestDeadline = view.requestDeadline();
        meeting.requests.addAll(view.requests());
        meeting.items.addAll(view.items());
        meeting.publishedVersion = view.publishedVersion();
        meeting.publishedAt = view.publishedAt();
        meeting.amendments.addAll(view.amendments());
        meeting.attendance.addAll(view.attendance());
        meeting.currentItemId = view.currentItemId();
        meeting.notes.addAll(view.notes());
        meeting.proposals.addAll(view.proposals());
        meeting.actions.addAll(view.actions());
        meeting.minutes = view.minutes();
        meeting.startedAt = view.startedAt();
        meeting.endedAt = view.endedAt();
        meeting.sequence = view.sequence();
        meeting.lastModified = view.lastModified();
        meeting.position = view.position();
        return meeting;
    }

    MeetingView view() {
        return new MeetingView(meetingId, cooperationId, bodyId, seriesId, title, date, startTime, endTime, place, videoLink,
                               status, cancelReason, requestDeadline, requests, items, publishedVersion, publishedAt,
                               amendments, attendance, currentItemId, notesByItem(), proposals, actions, minutes,
                               startedAt, endedAt, sequence, lastModified, position);
    }

    /** Notes grouped by item in agenda order (items since removed last), in reading order within an item. */
    private List<NoteBlockView> notesByItem() {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            rank.put(items.get(i).itemId(), i);
        }
        List<NoteBlockView> grouped = new ArrayList<>(notes);
        grouped.sort(Comparator.comparingInt(block -> rank.getOrDefault(block.itemId(), Integer.MAX_VALUE)));
        return grouped;
    }

    /** Date, time, place or status changed: calendars must take the new version. */
    void changedInCalendars() {
        sequence++;
    }

    // The agenda

    void request(AgendaRequestView request) {
        if (findRequest(request.requestId()) < 0) {
            requests.add(request);
        }
    }

    void acceptRequests(String itemId, List<String> requestIds, String title, AgendaItemPurpose purpose,
                        Integer expectedMinutes) {
        List<String> descriptions = new ArrayList<>();
        for (String requestId : requestIds) {
            int index = findRequest(requestId);
            if (index >= 0) {
                AgendaRequestView request = requests.get(index);
                if (request.description() != null && !request.description().isBlank()) {
                    descriptions.add(request.description());
                }
                requests.set(index, new AgendaRequestView(request.requestId(), request.title(), request.purpose(),
                                                          request.description(), request.expectedMinutes(),
                                                          request.requestedBy(), request.onBehalfOf(),
                                                          RequestStatus.ACCEPTED, itemId, null, request.requestedAt()));
            }
        }
        addItem(new AgendaItemView(itemId, title, purpose, descriptions.isEmpty() ? null : String.join("\n\n", descriptions),
                                   expectedMinutes, requestIds, publishedVersion > 0));
    }

    void declineRequest(String requestId, String reason) {
        int index = findRequest(requestId);
        if (index >= 0) {
            AgendaRequestView request = requests.get(index);
            requests.set(index, new AgendaRequestView(request.requestId(), request.title(), request.purpose(),
                                                      request.description(), request.expectedMinutes(),
                                                      request.requestedBy(), request.onBehalfOf(), RequestStatus.DECLINED,
                                                      null, reason, request.requestedAt()));
        }
    }

    void addItem(AgendaItemView item) {
        items.removeIf(existing -> existing.itemId().equals(item.itemId()));
        items.add(item);
    }

    void removeItem(String itemId) {
        items.removeIf(item -> item.itemId().equals(itemId));
        if (itemId.equals(currentItemId)) {
            currentItemId = null;
        }
    }

    /** Puts the items in this order; an item the order does not name keeps its place after those it names. */
    void order(List<String> itemIds) {
        List<AgendaItemView> ordered = new ArrayList<>();
        for (String itemId : itemIds) {
            items.stream().filter(item -> item.itemId().equals(itemId)).findFirst().ifPresent(ordered::add);
        }
        items.stream().filter(item -> !itemIds.contains(item.itemId())).forEach(ordered::add);
        items.clear();
        items.addAll(ordered);
    }

    void amend(int number, AgendaChange change, String itemId, List<String> itemIds, Instant at) {
        amendments.removeIf(amendment -> amendment.number() == number);
        amendments.add(new AgendaAmendmentView(number, change, itemId, at));
        amendments.sort(Comparator.comparingInt(AgendaAmendmentView::number));
        order(itemIds);
    }

    // The live record

    void attend(String personId, AttendanceStatus status, String representedBy) {
        replaceOrAdd(attendance, entry -> entry.personId().equals(personId),
                     new AttendanceView(personId, status, representedBy));
    }

    void saveNote(String itemId, String blockId, int version, String text, String authorId, Instant at) {
        int index = findNote(blockId);
        if (index >= 0) {
            NoteBlockView block = notes.get(index);
            notes.set(index, new NoteBlockView(itemId, blockId, version, text, authorId, block.conflictOf(),
                                               block.lostToVersion(), at));
        } else {
            notes.add(new NoteBlockView(itemId, blockId, version, text, authorId, null, null, at));
        }
    }

    /** The conflicting copy goes right after its original and the copies made of it before. */
    void conflict(String itemId, String originalBlockId, String newBlockId, String text, String authorId, int lostTo,
                  Instant at) {
        if (findNote(newBlockId) >= 0) {
            return;
        }
        NoteBlockView copy = new NoteBlockView(itemId, newBlockId, 1, text, authorId, originalBlockId, lostTo, at);
        int original = findNote(originalBlockId);
        if (original < 0) {
            notes.add(copy);
            return;
        }
        int after = original + 1;
        while (after < notes.size() && originalBlockId.equals(notes.get(after).conflictOf())) {
            after++;
        }
        notes.add(after, copy);
    }

    void propose(ProposalView proposal) {
        replaceOrAdd(proposals, existing -> existing.proposalId().equals(proposal.proposalId()), proposal);
    }

    void changeOutcome(String proposalId, ProposalOutcome outcome, String referredToBodyId) {
        proposals.replaceAll(proposal -> !proposal.proposalId().equals(proposalId) ? proposal
                : new ProposalView(proposal.proposalId(), proposal.itemId(), proposal.proposedByPersonId(),
                                   proposal.proposedByOrganisationId(), proposal.text(), outcome, referredToBodyId));
    }

    void act(ActionItemView action) {
        replaceOrAdd(actions, existing -> existing.actionId().equals(action.actionId()), action);
    }

    // The minutes

    void minutesText(MinutesStatus status, int version, String text) {
        minutes = new MinutesView(status, version, text, minutes.approvalMode(), minutes.approvedBy(), minutes.approvedAt(),
                                  minutes.atMeetingId(), minutes.publishedAt(), minutes.amendments());
    }

    void minutesSubmitted(int version) {
        minutesText(MinutesStatus.SUBMITTED, version, minutes.text());
    }

    void minutesApproved(int version, MinutesApprovalMode mode, String by, String atMeetingId, Instant at) {
        minutes = new MinutesView(MinutesStatus.APPROVED, version, minutes.text(), mode, by, at, atMeetingId, null,
                                  minutes.amendments());
    }

    void minutesPublished(int version, Instant at) {
        minutes = new MinutesView(MinutesStatus.PUBLISHED, version, minutes.text(), minutes.approvalMode(),
                                  minutes.approvedBy(), minutes.approvedAt(), minutes.atMeetingId(), at,
                                  minutes.amendments());
    }

    void amendMinutes(UnaryOperator<List<MinutesAmendmentView>> change) {
        minutes = new MinutesView(minutes.status(), minutes.version(), minutes.text(), minutes.approvalMode(),
                                  minutes.approvedBy(), minutes.approvedAt(), minutes.atMeetingId(), minutes.publishedAt(),
                                  change.apply(new ArrayList<>(minutes.amendments())));
    }

    void proposeMinutesAmendment(String amendmentId, String text, String by, Instant at) {
        amendMinutes(amendments -> {
            replaceOrAdd(amendments, existing -> existing.amendmentId().equals(amendmentId),
                         new MinutesAmendmentView(amendmentId, text, by, at, false, null, null));
            return amendments;
        });
    }

    void approveMinutesAmendment(String amendmentId, String by, Instant at) {
        amendMinutes(amendments -> {
            amendments.replaceAll(amendment -> !amendment.amendmentId().equals(amendmentId) ? amendment
                    : new MinutesAmendmentView(amendmentId, amendment.text(), amendment.proposedBy(),
                                               amendment.proposedAt(), true, by, at));
            return amendments;
        });
    }

    private int findRequest(String requestId) {
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).requestId().equals(requestId)) {
                return i;
            }
        }
        return -1;
    }

    private int findNote(String blockId) {
        for (int i = 0; i < notes.size(); i++) {
            if (Objects.equals(notes.get(i).blockId(), blockId)) {
                return i;
            }
        }
        return -1;
    }

    private static <T> void replaceOrAdd(List<T> list, Predicate<T> same, T value) {
        for (int i = 0; i < list.size(); i++) {
            if (same.test(list.get(i))) {
                list.set(i, value);
                return;
            }
        }
        list.add(value);
    }
}
