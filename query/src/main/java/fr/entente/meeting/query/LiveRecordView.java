package fr.entente.meeting.query;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import fr.entente.meeting.api.AttendanceStatus;
import fr.entente.meeting.api.ProposalOutcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What is recorded while a meeting is held: attendance, the item under way, the notes (blocks in reading order, a
 * conflicting copy right after its original and the copies made of it before), the proposals and the actions.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class LiveRecordView {

    List<AttendanceView> attendance = new ArrayList<>();
    String currentItemId;
    List<NoteBlockView> notes = new ArrayList<>();
    List<ProposalView> proposals = new ArrayList<>();
    List<ActionItemView> actions = new ArrayList<>();

    /** A copy without the notes, for readers outside the body. */
    LiveRecordView withoutNotes() {
        LiveRecordView copy = new LiveRecordView();
        copy.attendance = attendance;
        copy.currentItemId = currentItemId;
        copy.proposals = proposals;
        copy.actions = actions;
        return copy;
    }

    void attend(String personId, AttendanceStatus status, String representedBy) {
        replaceOrAdd(attendance, entry -> entry.personId().equals(personId),
                     new AttendanceView(personId, status, representedBy));
    }

    void moveTo(String itemId) {
        currentItemId = itemId;
    }

    /** An item left the agenda: it is no longer under way. */
    void itemRemoved(String itemId) {
        if (itemId.equals(currentItemId)) {
            currentItemId = null;
        }
    }

    void saveNote(String itemId, String blockId, int version, String text, String authorId, Instant at) {
        notes.stream().filter(block -> block.blockId().equals(blockId)).findFirst().ifPresentOrElse(
                block -> notes.set(notes.indexOf(block), block.savedAs(itemId, version, text, authorId, at)),
                () -> notes.add(new NoteBlockView(itemId, blockId, version, text, authorId, null, null, at)));
    }

    void conflict(String itemId, String originalBlockId, String newBlockId, String text, String authorId, int lostTo,
                  Instant at) {
        if (indexOfNote(newBlockId) >= 0) {
            return;
        }
        NoteBlockView copy = new NoteBlockView(itemId, newBlockId, 1, text, authorId, originalBlockId, lostTo, at);
        int original = indexOfNote(originalBlockId);
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

    void referralPlaced(String proposalId, String inMeetingId) {
        proposals.replaceAll(proposal -> proposal.proposalId().equals(proposalId) ? proposal.placedIn(inMeetingId) : proposal);
    }

    void changeOutcome(String proposalId, ProposalOutcome outcome, String referredToBodyId, String by, Instant at) {
        proposals.replaceAll(proposal -> proposal.proposalId().equals(proposalId)
                ? proposal.withOutcome(outcome, referredToBodyId, by, at) : proposal);
    }

    void voted(String proposalId, ProposalOutcome outcome, String decisionId, String by, Instant at) {
        proposals.replaceAll(proposal -> proposal.proposalId().equals(proposalId)
                ? proposal.voted(outcome, decisionId, by, at) : proposal);
    }

    void putToVote(String proposalId, String decisionId) {
        proposals.replaceAll(proposal -> proposal.proposalId().equals(proposalId) ? proposal.putToVote(decisionId) : proposal);
    }

    void act(ActionItemView action) {
        replaceOrAdd(actions, existing -> existing.actionId().equals(action.actionId()), action);
    }

    private int indexOfNote(String blockId) {
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).blockId().equals(blockId)) {
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
