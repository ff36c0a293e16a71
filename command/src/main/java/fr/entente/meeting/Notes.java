package fr.entente.meeting;

import fr.entente.common.Required;
import fr.entente.meeting.api.NoteBlockSavedEvent;
import fr.entente.meeting.api.NoteEditConflictedEvent;
import fr.entente.meeting.api.SaveNoteBlockCommand;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.entente.meeting.api.MeetingRefusal.BASE_VERSION_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.BLOCK_ID_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.ITEM_UNKNOWN;
import static fr.entente.meeting.api.MeetingRefusal.TEXT_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusedException.refused;

/**
 * The notes several people take at once, in blocks per agenda item. Each save names the version it started
 * from: on the current version it makes the next one; on an older one, someone saved in between, and the edit
 * becomes a new block right after the original, marked as conflicting with it. No edit is lost, none
 * overwrites another, and both texts stay for the people to reconcile.
 */
class Notes {

    private Map<String, NoteBlock> blocks = new LinkedHashMap<>();
    /** The blocks in reading order; a conflicting copy comes right after its original. */
    private List<String> sequence = new ArrayList<>();

    Object save(String meetingId, SaveNoteBlockCommand command, String authorId, Agenda agenda) {
        String blockId = Required.id(command.blockId(), () -> refused(BLOCK_ID_REQUIRED));
        String text = Required.value(command.text(), () -> refused(TEXT_REQUIRED));
        NoteBlock block = blocks.get(blockId);
        if (block == null) {
            return new NoteBlockSavedEvent(meetingId, agenda.existing(command.itemId()), blockId, 1, text, authorId);
        }
        if (command.itemId() != null && !command.itemId().equals(block.itemId())) {
            throw refused(ITEM_UNKNOWN, command.itemId());
        }
        int baseVersion = Required.value(command.baseVersion(), () -> refused(BASE_VERSION_REQUIRED));
        if (baseVersion == block.version()) {
            return new NoteBlockSavedEvent(meetingId, block.itemId(), blockId, block.version() + 1, text, authorId);
        }
        int copy = block.conflicts() + 1;
        while (blocks.containsKey(blockId + "~" + copy)) {
            copy++;
        }
        return new NoteEditConflictedEvent(meetingId, block.itemId(), blockId, blockId + "~" + copy, text, authorId,
                                           baseVersion, block.version());
    }

    /** The texts of the notes on this item, in reading order. */
    List<String> textsOn(String itemId) {
        return sequence.stream().map(blocks::get).filter(block -> block.itemId().equals(itemId))
                       .map(NoteBlock::text).toList();
    }

    @EventSourcingHandler
    void on(NoteBlockSavedEvent event) {
        NoteBlock previous = blocks.get(event.blockId());
        blocks.put(event.blockId(), new NoteBlock(event.itemId(), event.version(), event.text(),
                                                  previous == null ? 0 : previous.conflicts()));
        if (previous == null) {
            sequence.add(event.blockId());
        }
    }

    @EventSourcingHandler
    void on(NoteEditConflictedEvent event) {
        NoteBlock original = blocks.get(event.originalBlockId());
        blocks.put(event.originalBlockId(), new NoteBlock(original.itemId(), original.version(), original.text(),
                                                          original.conflicts() + 1));
        blocks.put(event.newBlockId(), new NoteBlock(event.itemId(), 1, event.text(), 0));
        sequence.add(sequence.indexOf(event.originalBlockId()) + 1, event.newBlockId());
    }
}
