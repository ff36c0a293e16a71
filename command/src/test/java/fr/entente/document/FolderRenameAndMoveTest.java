package fr.entente.document;

import fr.entente.document.api.*;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.document.WorkingGroupDocuments.*;

/** A folder renamed and moved: by who writes in it (and where it goes), never into itself or a subfolder of its own. */
class FolderRenameAndMoveTest {

    private static final FolderCreatedEvent STUDIES_CREATED = new FolderCreatedEvent(STUDIES, COOPERATION_ID, SPACE_ID,
                                                                                      null, "Études", OFFICER);
    private static final FolderCreatedEvent DRAFTS_CREATED = new FolderCreatedEvent(DRAFTS, COOPERATION_ID, SPACE_ID,
                                                                                    null, "Brouillons", OFFICER);

    private final FixtureConfiguration<Folder> fixture = folderFixture();

    @Test
    void aWriterRenamesAFolder() {
        fixture.given(STUDIES_CREATED)
               .when(new RenameFolderCommand(STUDIES, COOPERATION_ID, "  Études 2026 "), AS_REFERENT_62)
               .expectEvents(new FolderRenamedEvent(STUDIES, "Études 2026", REFERENT_62));
    }

    @Test
    void theSameNameChangesNothing() {
        fixture.given(STUDIES_CREATED)
               .when(new RenameFolderCommand(STUDIES, COOPERATION_ID, "Études"), AS_REFERENT_62)
               .expectNoEvents()
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void aBlankOrUnsafeNameIsRefused() {
        fixture.given(STUDIES_CREATED)
               .when(new RenameFolderCommand(STUDIES, COOPERATION_ID, " "), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.FOLDER_NAME_REQUIRED, "name"));
        fixture.given(STUDIES_CREATED)
               .when(new RenameFolderCommand(STUDIES, COOPERATION_ID, "../Études"), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NAME_UNSAFE, "name"));
    }

    @Test
    void someoneWhoOnlyReadsTheFolderRenamesNothing() {
        fixture.given(new FolderCreatedEvent(ARCHIVES, COOPERATION_ID, SPACE_ID, STUDIES, "Archives", OFFICER))
               .when(new RenameFolderCommand(ARCHIVES, COOPERATION_ID, "Anciens"), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.READ_ONLY, null));
    }

    @Test
    void aRestrictedFolderIsNotFoundForOthers() {
        fixture.given(DRAFTS_CREATED)
               .when(new RenameFolderCommand(DRAFTS, COOPERATION_ID, "Mes brouillons"), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NOT_FOUND, null));
    }

    @Test
    void anotherCooperationIsToldTheFolderDoesNotExist() {
        fixture.given(STUDIES_CREATED)
               .when(new RenameFolderCommand(STUDIES, COOPERATION_ID, "Bretagne"), AS_BRETON)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NOT_FOUND, null));
    }

    @Test
    void aFolderMovesIntoAnotherFolderAndBackToTheRoot() {
        fixture.given(DRAFTS_CREATED)
               .when(new MoveFolderCommand(DRAFTS, COOPERATION_ID, STUDIES), AS_OFFICER)
               .expectEvents(new FolderMovedEvent(DRAFTS, null, STUDIES, OFFICER));
        fixture.given(DRAFTS_CREATED, new FolderMovedEvent(DRAFTS, null, STUDIES, OFFICER))
               .when(new MoveFolderCommand(DRAFTS, COOPERATION_ID, null), AS_OFFICER)
               .expectEvents(new FolderMovedEvent(DRAFTS, STUDIES, null, OFFICER));
    }

    @Test
    void aFolderNeverMovesIntoItselfNorOneOfItsSubfolders() {
        fixture.given(STUDIES_CREATED)
               .when(new MoveFolderCommand(STUDIES, COOPERATION_ID, STUDIES), AS_OFFICER)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.FOLDER_CYCLE, "parentFolderId"));
        fixture.given(STUDIES_CREATED)
               .when(new MoveFolderCommand(STUDIES, COOPERATION_ID, ARCHIVES), AS_OFFICER)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.FOLDER_CYCLE, "parentFolderId"));
    }

    @Test
    void whereItAlreadyIsIsRefused() {
        fixture.given(STUDIES_CREATED)
               .when(new MoveFolderCommand(STUDIES, COOPERATION_ID, null), AS_OFFICER)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.SAME_FOLDER, "parentFolderId"));
    }

    @Test
    void aDestinationTheyDoNotSeeDoesNotExistAndOneTheyOnlyReadIsRefused() {
        fixture.given(STUDIES_CREATED)
               .when(new MoveFolderCommand(STUDIES, COOPERATION_ID, DRAFTS), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.TARGET_FOLDER_UNKNOWN, "parentFolderId"));
        fixture.given(STUDIES_CREATED)
               .when(new MoveFolderCommand(STUDIES, COOPERATION_ID, "dossier-d-une-autre-cooperation"), AS_OFFICER)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.TARGET_FOLDER_UNKNOWN, "parentFolderId"));
        fixture.given(STUDIES_CREATED)
               .when(new MoveFolderCommand(STUDIES, COOPERATION_ID, ARCHIVES), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.READ_ONLY, null));
    }
}
