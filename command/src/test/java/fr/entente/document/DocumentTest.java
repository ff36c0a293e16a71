package fr.entente.document;

import fr.entente.document.api.*;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.common.api.RuleViolations.withArguments;
import static fr.entente.document.WorkingGroupDocuments.*;
import static org.hamcrest.Matchers.allOf;

/** A document and its versions: who uploads, who puts up a version, renames, moves, trashes and restores; downloads. */
class DocumentTest {

    private static final DocumentVersionUploadedEvent SECOND = new DocumentVersionUploadedEvent(DOCUMENT_ID, 2, SECOND_FILE,
                                                                                                REFERENT_80);

    private final FixtureConfiguration<Document> fixture = documentFixture();

    @Test
    void aMemberUploadsADocumentInAFolderTheyWrite() {
        fixture.givenNoPriorActivity()
               .when(new UploadDocumentCommand(DOCUMENT_ID, COOPERATION_ID, SPACE_ID, STUDIES, FIRST_FILE), AS_REFERENT_62)
               .expectEvents(UPLOADED);
    }

    @Test
    void aDocumentGoesAtTheRootOfTheSpace() {
        fixture.givenNoPriorActivity()
               .when(new UploadDocumentCommand(DOCUMENT_ID, COOPERATION_ID, SPACE_ID, null, FIRST_FILE), AS_OFFICER)
               .expectEvents(new DocumentUploadedEvent(DOCUMENT_ID, COOPERATION_ID, SPACE_ID, null, FIRST_FILE, OFFICER));
    }

    @Test
    void someoneWhoOnlyReadsTheFolderUploadsNothing() {
        fixture.givenNoPriorActivity()
               .when(new UploadDocumentCommand(DOCUMENT_ID, COOPERATION_ID, SPACE_ID, ARCHIVES, FIRST_FILE), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.READ_ONLY, null));
    }

    @Test
    void aFolderRestrictedToOthersIsNotFoundWhenUploadedTo() {
        fixture.givenNoPriorActivity()
               .when(new UploadDocumentCommand(DOCUMENT_ID, COOPERATION_ID, SPACE_ID, DRAFTS, FIRST_FILE), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NOT_FOUND, null));
    }

    @Test
    void aFolderOfAnotherCooperationIsNotFound() {
        fixture.givenNoPriorActivity()
               .when(new UploadDocumentCommand(DOCUMENT_ID, COOPERATION_ID, SPACE_ID, STUDIES, FIRST_FILE), AS_BRETON)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NOT_FOUND, null));
    }

    @Test
    void someoneOutsideTheSpaceIsToldTheFolderDoesNotExist() {
        fixture.givenNoPriorActivity()
               .when(new UploadDocumentCommand(DOCUMENT_ID, COOPERATION_ID, SPACE_ID, STUDIES, FIRST_FILE), AS_DIRECTOR)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NOT_FOUND, null));
    }

    @Test
    void anEmptyFileIsRefused() {
        StoredFile empty = new StoredFile("65f0", "vide.pdf", 0, "application/octet-stream", "e3b0");
        fixture.givenNoPriorActivity()
               .when(new UploadDocumentCommand(DOCUMENT_ID, COOPERATION_ID, SPACE_ID, STUDIES, empty), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.EMPTY_FILE, "file"));
    }

    @Test
    void aNameWithANulIsRefused() {
        StoredFile nul = new StoredFile("65f0", "rapport\u0000.pdf", 10, "application/pdf", "ab");
        fixture.givenNoPriorActivity()
               .when(new UploadDocumentCommand(DOCUMENT_ID, COOPERATION_ID, SPACE_ID, STUDIES, nul), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NAME_UNSAFE, "name"));
    }

    @Test
    void aNameOfSpacesOnlyIsRefused() {
        StoredFile blank = new StoredFile("65f0", "   ", 10, "application/pdf", "ab");
        fixture.givenNoPriorActivity()
               .when(new UploadDocumentCommand(DOCUMENT_ID, COOPERATION_ID, SPACE_ID, STUDIES, blank), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NAME_REQUIRED, "name"));
    }

    @Test
    void aNewVersionFollowsTheOneItWasMadeFrom() {
        fixture.given(UPLOADED)
               .when(new UploadVersionCommand(DOCUMENT_ID, COOPERATION_ID, 1, SECOND_FILE), AS_REFERENT_80)
               .expectEvents(SECOND);
    }

    @Test
    void aVersionMadeFromAnOlderOneIsAConflict() {
        StoredFile late = new StoredFile("65f000000000000000000003", "Synthèse RSU 2025 (relue).pdf", 50_000,
                                         "application/pdf", "c".repeat(64));
        fixture.given(UPLOADED, SECOND)
               .when(new UploadVersionCommand(DOCUMENT_ID, COOPERATION_ID, 1, late), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(allOf(ruleViolation(DocumentRefusal.VERSION_CONFLICT, "basedOnVersion"), withArguments(2)));
    }

    @Test
    void aReaderPutsUpNoVersion() {
        fixture.given(new DocumentUploadedEvent(DOCUMENT_ID, COOPERATION_ID, SPACE_ID, ARCHIVES, FIRST_FILE, OFFICER))
               .when(new UploadVersionCommand(DOCUMENT_ID, COOPERATION_ID, 1, SECOND_FILE), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.READ_ONLY, null));
    }

    @Test
    void aDocumentIsRenamedWithItsAccentsKept() {
        fixture.given(UPLOADED)
               .when(new RenameDocumentCommand(DOCUMENT_ID, COOPERATION_ID, " Synthèse définitive.pdf "), AS_REFERENT_80)
               .expectEvents(new DocumentRenamedEvent(DOCUMENT_ID, "Synthèse définitive.pdf", REFERENT_80));
    }

    @Test
    void aRenameToAPathIsRefused() {
        fixture.given(UPLOADED)
               .when(new RenameDocumentCommand(DOCUMENT_ID, COOPERATION_ID, "../../etc/passwd"), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NAME_UNSAFE, "name"));
    }

    @Test
    void aDocumentMovesToAnotherFolderTheMoverWrites() {
        fixture.given(UPLOADED)
               .when(new MoveDocumentCommand(DOCUMENT_ID, COOPERATION_ID, DRAFTS), AS_REFERENT_62)
               .expectEvents(new DocumentMovedEvent(DOCUMENT_ID, STUDIES, DRAFTS, REFERENT_62));
    }

    @Test
    void aDocumentIsNotMovedToAFolderTheMoverDoesNotSee() {
        fixture.given(UPLOADED)
               .when(new MoveDocumentCommand(DOCUMENT_ID, COOPERATION_ID, DRAFTS), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.TARGET_FOLDER_UNKNOWN, "toFolderId"));
    }

    @Test
    void aDocumentIsNotMovedToAFolderTheMoverOnlyReads() {
        fixture.given(UPLOADED)
               .when(new MoveDocumentCommand(DOCUMENT_ID, COOPERATION_ID, ARCHIVES), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.READ_ONLY, null));
    }

    @Test
    void aMoveToTheSameFolderIsRefused() {
        fixture.given(UPLOADED)
               .when(new MoveDocumentCommand(DOCUMENT_ID, COOPERATION_ID, STUDIES), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.SAME_FOLDER, "toFolderId"));
    }

    @Test
    void aTrashedDocumentIsRestored() {
        fixture.given(UPLOADED, new DocumentTrashedEvent(DOCUMENT_ID, REFERENT_62))
               .when(new RestoreDocumentCommand(DOCUMENT_ID, COOPERATION_ID), AS_REFERENT_80)
               .expectEvents(new DocumentRestoredEvent(DOCUMENT_ID, REFERENT_80));
    }

    @Test
    void aDocumentIsTrashed() {
        fixture.given(UPLOADED)
               .when(new TrashDocumentCommand(DOCUMENT_ID, COOPERATION_ID), AS_REFERENT_62)
               .expectEvents(new DocumentTrashedEvent(DOCUMENT_ID, REFERENT_62));
    }

    @Test
    void aTrashedDocumentTakesNoNewVersion() {
        fixture.given(UPLOADED, new DocumentTrashedEvent(DOCUMENT_ID, REFERENT_62))
               .when(new UploadVersionCommand(DOCUMENT_ID, COOPERATION_ID, 1, SECOND_FILE), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.IN_TRASH, null));
    }

    @Test
    void aDocumentOutOfTheTrashIsNotRestored() {
        fixture.given(UPLOADED)
               .when(new RestoreDocumentCommand(DOCUMENT_ID, COOPERATION_ID), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NOT_IN_TRASH, null));
    }

    @Test
    void aDownloadIsRecordedWithItsVersion() {
        fixture.given(UPLOADED, SECOND)
               .when(new RecordDownloadCommand(DOCUMENT_ID, COOPERATION_ID, 1), AS_OFFICER)
               .expectEvents(new DocumentDownloadedEvent(DOCUMENT_ID, 1, OFFICER));
    }

    @Test
    void aReaderDownloads() {
        fixture.given(new DocumentUploadedEvent(DOCUMENT_ID, COOPERATION_ID, SPACE_ID, ARCHIVES, FIRST_FILE, OFFICER))
               .when(new RecordDownloadCommand(DOCUMENT_ID, COOPERATION_ID, 1), AS_REFERENT_80)
               .expectEvents(new DocumentDownloadedEvent(DOCUMENT_ID, 1, REFERENT_80));
    }

    @Test
    void aVersionThatDoesNotExistIsNotDownloaded() {
        fixture.given(UPLOADED)
               .when(new RecordDownloadCommand(DOCUMENT_ID, COOPERATION_ID, 3), AS_OFFICER)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.VERSION_UNKNOWN, "version"));
    }

    @Test
    void aDocumentOfAnotherCooperationIsNotFoundWhenDownloaded() {
        fixture.given(UPLOADED)
               .when(new RecordDownloadCommand(DOCUMENT_ID, COOPERATION_ID, 1), AS_BRETON)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NOT_FOUND, null));
    }

    @Test
    void aDocumentInARestrictedFolderIsNotFoundByOthers() {
        fixture.given(new DocumentUploadedEvent(DOCUMENT_ID, COOPERATION_ID, SPACE_ID, DRAFTS, FIRST_FILE, REFERENT_62))
               .when(new RecordDownloadCommand(DOCUMENT_ID, COOPERATION_ID, 1), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NOT_FOUND, null));
    }

    @Test
    void aWriterLocksADocumentWhileEditingIt() {
        fixture.given(UPLOADED)
               .when(new LockDocumentCommand(DOCUMENT_ID, COOPERATION_ID), AS_REFERENT_80)
               .expectEvents(new DocumentLockedEvent(DOCUMENT_ID, REFERENT_80));
    }

    @Test
    void aLockedDocumentTakesNoVersionFromSomeoneElse() {
        fixture.given(UPLOADED, new DocumentLockedEvent(DOCUMENT_ID, REFERENT_80))
               .when(new UploadVersionCommand(DOCUMENT_ID, COOPERATION_ID, 1, SECOND_FILE), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.LOCKED, null));
    }

    @Test
    void aLockedDocumentIsNotTrashedBySomeoneElse() {
        fixture.given(UPLOADED, new DocumentLockedEvent(DOCUMENT_ID, REFERENT_80))
               .when(new TrashDocumentCommand(DOCUMENT_ID, COOPERATION_ID), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.LOCKED, null));
    }

    @Test
    void theLockHolderPutsUpAVersion() {
        fixture.given(UPLOADED, new DocumentLockedEvent(DOCUMENT_ID, REFERENT_80))
               .when(new UploadVersionCommand(DOCUMENT_ID, COOPERATION_ID, 1, SECOND_FILE), AS_REFERENT_80)
               .expectEvents(SECOND);
    }

    @Test
    void theHolderReleasesTheLock() {
        fixture.given(UPLOADED, new DocumentLockedEvent(DOCUMENT_ID, REFERENT_80))
               .when(new UnlockDocumentCommand(DOCUMENT_ID, COOPERATION_ID), AS_REFERENT_80)
               .expectEvents(new DocumentUnlockedEvent(DOCUMENT_ID, REFERENT_80));
    }

    @Test
    void aModeratorBreaksSomeoneElsesLockAndItIsRecordedAsBroken() {
        fixture.given(UPLOADED, new DocumentLockedEvent(DOCUMENT_ID, REFERENT_80))
               .when(new UnlockDocumentCommand(DOCUMENT_ID, COOPERATION_ID), AS_OFFICER)
               .expectEvents(new DocumentLockBrokenEvent(DOCUMENT_ID, OFFICER, REFERENT_80));
    }

    @Test
    void aMemberBreaksNoOnesLock() {
        fixture.given(UPLOADED, new DocumentLockedEvent(DOCUMENT_ID, REFERENT_80))
               .when(new UnlockDocumentCommand(DOCUMENT_ID, COOPERATION_ID), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.LOCK_HOLDER_OR_MODERATOR, null));
    }

    @Test
    void someoneElsesLockIsNotTakenOver() {
        fixture.given(UPLOADED, new DocumentLockedEvent(DOCUMENT_ID, REFERENT_80))
               .when(new LockDocumentCommand(DOCUMENT_ID, COOPERATION_ID), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.LOCKED, null));
    }

    @Test
    void aReaderLocksNothing() {
        fixture.given(new DocumentUploadedEvent(DOCUMENT_ID, COOPERATION_ID, SPACE_ID, ARCHIVES, FIRST_FILE, OFFICER))
               .when(new LockDocumentCommand(DOCUMENT_ID, COOPERATION_ID), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.READ_ONLY, null));
    }

    @Test
    void anEarlierVersionBecomesTheCurrentOneAgainAsANewVersion() {
        fixture.given(UPLOADED, SECOND)
               .when(new RestoreVersionCommand(DOCUMENT_ID, COOPERATION_ID, 2, 1), AS_REFERENT_62)
               .expectEvents(new DocumentVersionRestoredEvent(DOCUMENT_ID, 3, 1, FIRST_FILE, REFERENT_62));
    }

    @Test
    void aRestorationMadeFromAnOlderVersionIsAConflict() {
        fixture.given(UPLOADED, SECOND)
               .when(new RestoreVersionCommand(DOCUMENT_ID, COOPERATION_ID, 1, 1), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.VERSION_CONFLICT, "basedOnVersion"));
    }

    @Test
    void theCurrentVersionIsNotRestored() {
        fixture.given(UPLOADED, SECOND)
               .when(new RestoreVersionCommand(DOCUMENT_ID, COOPERATION_ID, 2, 2), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.VERSION_IS_CURRENT, "version"));
    }

    @Test
    void aVersionThatNeverWasIsNotRestored() {
        fixture.given(UPLOADED)
               .when(new RestoreVersionCommand(DOCUMENT_ID, COOPERATION_ID, 1, 7), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.VERSION_UNKNOWN, "version"));
    }
}
