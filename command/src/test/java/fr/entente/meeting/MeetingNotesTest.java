package fr.entente.meeting;

import fr.entente.meeting.api.MeetingRefusal;
import fr.entente.meeting.api.MinutesDraftedEvent;
import fr.entente.meeting.api.NoteBlockSavedEvent;
import fr.entente.meeting.api.NoteEditConflictedEvent;
import fr.entente.meeting.api.NoteReceipt;
import fr.entente.meeting.api.SaveNoteBlockCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.meeting.WorkingGroup.*;

/** Notes taken by several members at once: versions per block, and conflicting edits kept, never lost. */
class MeetingNotesTest {

    private static final String BLOCK = "block-a";
    private static final NoteBlockSavedEvent CREATED = new NoteBlockSavedEvent(MEETING_ID, ITEM_ID, BLOCK, 1,
            "Le taux de retour des RSU atteint 92 %.", REFERENT_59);
    private static final NoteBlockSavedEvent SAVED_BY_THE_OFFICER = new NoteBlockSavedEvent(MEETING_ID, ITEM_ID, BLOCK, 2,
            "Le taux de retour des RSU atteint 92 % (91 % en 2024).", OFFICER);

    private final FixtureConfiguration<Meeting> fixture = meetingFixture();

    @Test
    void aNewBlockStartsAtVersionOne() {
        fixture.given(liveThen())
               .when(new SaveNoteBlockCommand(MEETING_ID, ITEM_ID, BLOCK, null, "Le taux de retour des RSU atteint 92 %."),
                     AS_REFERENT)
               .expectEvents(CREATED);
    }

    @Test
    void aSaveOverTheCurrentVersionMakesTheNextOne() {
        fixture.given(liveThen(CREATED))
               .when(new SaveNoteBlockCommand(MEETING_ID, ITEM_ID, BLOCK, 1,
                                              "Le taux de retour des RSU atteint 92 % (91 % en 2024)."), AS_OFFICER)
               .expectEvents(SAVED_BY_THE_OFFICER);
    }

    @Test
    void aStaleEditIsKeptAsAConflictingBlockRightAfterTheOriginal() {
        fixture.given(liveThen(CREATED, SAVED_BY_THE_OFFICER))
               .when(new SaveNoteBlockCommand(MEETING_ID, ITEM_ID, BLOCK, 1, "Taux de retour : 92 %, en hausse."),
                     AS_REFERENT)
               .expectEvents(new NoteEditConflictedEvent(MEETING_ID, ITEM_ID, BLOCK, BLOCK + "~1",
                                                         "Taux de retour : 92 %, en hausse.", REFERENT_59, 1, 2));
    }

    @Test
    void answersTheConflictingCopySoThatItsAuthorIsTold() {
        fixture.given(liveThen(CREATED, SAVED_BY_THE_OFFICER))
               .when(new SaveNoteBlockCommand(MEETING_ID, ITEM_ID, BLOCK, 1, "Taux de retour : 92 %, en hausse."),
                     AS_REFERENT)
               .expectResultMessagePayload(new NoteReceipt(ITEM_ID, BLOCK + "~1", 1, BLOCK, 2));
    }

    @Test
    void aSecondConflictOnTheSameBlockGetsTheNextCopyNumber() {
        fixture.given(liveThen(CREATED, SAVED_BY_THE_OFFICER,
                               new NoteEditConflictedEvent(MEETING_ID, ITEM_ID, BLOCK, BLOCK + "~1", "Texte A", REFERENT_59, 1, 2)))
               .when(new SaveNoteBlockCommand(MEETING_ID, ITEM_ID, BLOCK, 1, "Texte B"), actor(REFERENT_02))
               .expectEvents(new NoteEditConflictedEvent(MEETING_ID, ITEM_ID, BLOCK, BLOCK + "~2", "Texte B",
                                                         REFERENT_02, 1, 2));
    }

    @Test
    void aConflictingCopyIsABlockOfItsOwnThatCanBeEdited() {
        fixture.given(liveThen(CREATED, SAVED_BY_THE_OFFICER,
                               new NoteEditConflictedEvent(MEETING_ID, ITEM_ID, BLOCK, BLOCK + "~1", "Texte A", REFERENT_59, 1, 2)))
               .when(new SaveNoteBlockCommand(MEETING_ID, ITEM_ID, BLOCK + "~1", 1, "Texte A, réconcilié"), AS_REFERENT)
               .expectEvents(new NoteBlockSavedEvent(MEETING_ID, ITEM_ID, BLOCK + "~1", 2, "Texte A, réconcilié", REFERENT_59));
    }

    @Test
    void refusesNotesFromAPersonOutsideTheBody() {
        fixture.given(liveThen())
               .when(new SaveNoteBlockCommand(MEETING_ID, ITEM_ID, BLOCK, null, "indiscret"), AS_DIRECTOR)
               .expectException(ruleViolation(MeetingRefusal.NOT_FOUND, null));
    }

    @Test
    void refusesNotesOnAnItemNotOnTheAgenda() {
        fixture.given(liveThen())
               .when(new SaveNoteBlockCommand(MEETING_ID, OTHER_ITEM_ID, BLOCK, null, "texte"), AS_REFERENT)
               .expectException(ruleViolation(MeetingRefusal.ITEM_UNKNOWN, "itemId"));
    }

    @Test
    void refusesNotesBeforeTheMeetingStarts() {
        fixture.given(scheduledThen(RSU_ITEM))
               .when(new SaveNoteBlockCommand(MEETING_ID, ITEM_ID, BLOCK, null, "texte"), AS_REFERENT)
               .expectException(ruleViolation(MeetingRefusal.NOT_STARTED, null));
    }

    @Test
    void notesCanBeCompletedAfterTheMeetingEnds() {
        fixture.given(liveThen(CREATED, ENDED))
               .when(new SaveNoteBlockCommand(MEETING_ID, ITEM_ID, BLOCK, 1,
                                              "Le taux de retour des RSU atteint 92 % (91 % en 2024)."), AS_OFFICER)
               .expectEvents(SAVED_BY_THE_OFFICER);
    }

    @Test
    void notesCloseOnceTheMinutesAreDrafted() {
        fixture.given(liveThen(CREATED, ENDED, new MinutesDraftedEvent(MEETING_ID, 1, "# CR")))
               .when(new SaveNoteBlockCommand(MEETING_ID, ITEM_ID, BLOCK, 1, "trop tard"), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.NOTES_CLOSED, null));
    }
}
