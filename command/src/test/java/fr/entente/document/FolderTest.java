package fr.entente.document;

import fr.entente.common.api.ActorMetaData;
import fr.entente.document.api.*;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.document.WorkingGroupDocuments.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Folders of a space's documents: who creates them, who sets their rights, and what the rights give. */
class FolderTest {

    private static final String NEW_FOLDER = "dossier-nouveau";
    private static final FolderCreatedEvent CREATED = new FolderCreatedEvent(DRAFTS, COOPERATION_ID, SPACE_ID, null,
                                                                             "Brouillons", OFFICER);

    private final FixtureConfiguration<Folder> fixture = folderFixture();

    @Test
    void aMemberCreatesAFolderAtTheRootOfTheSpace() {
        fixture.givenNoPriorActivity()
               .when(new CreateFolderCommand(NEW_FOLDER, COOPERATION_ID, SPACE_ID, null, "  Études 2026 "), AS_REFERENT_80)
               .expectEvents(new FolderCreatedEvent(NEW_FOLDER, COOPERATION_ID, SPACE_ID, null, "Études 2026", REFERENT_80));
    }

    @Test
    void aSubfolderGoesInAFolderThePersonWrites() {
        fixture.givenNoPriorActivity()
               .when(new CreateFolderCommand(NEW_FOLDER, COOPERATION_ID, SPACE_ID, DRAFTS, "Version de travail"), AS_REFERENT_62)
               .expectEvents(new FolderCreatedEvent(NEW_FOLDER, COOPERATION_ID, SPACE_ID, DRAFTS, "Version de travail",
                                                    REFERENT_62));
    }

    @Test
    void aFolderRestrictedToOthersIsNotFound() {
        fixture.givenNoPriorActivity()
               .when(new CreateFolderCommand(NEW_FOLDER, COOPERATION_ID, SPACE_ID, DRAFTS, "Caché"), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NOT_FOUND, null));
    }

    @Test
    void aReadOnlyFolderTakesNoSubfolderFromThoseWhoOnlyReadIt() {
        fixture.givenNoPriorActivity()
               .when(new CreateFolderCommand(NEW_FOLDER, COOPERATION_ID, SPACE_ID, ARCHIVES, "2024"), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.READ_ONLY, null));
    }

    @Test
    void someoneOutsideTheSpaceIsToldItDoesNotExist() {
        fixture.givenNoPriorActivity()
               .when(new CreateFolderCommand(NEW_FOLDER, COOPERATION_ID, SPACE_ID, null, "Direction"), AS_DIRECTOR)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NOT_FOUND, null));
    }

    @Test
    void aSpaceOfAnotherCooperationIsNotFound() {
        fixture.givenNoPriorActivity()
               .when(new CreateFolderCommand(NEW_FOLDER, COOPERATION_ID, SPACE_ID, null, "Intrus"), AS_BRETON)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NOT_FOUND, null));
    }

    @Test
    void aFolderNeedsAName() {
        fixture.givenNoPriorActivity()
               .when(new CreateFolderCommand(NEW_FOLDER, COOPERATION_ID, SPACE_ID, null, "   "), AS_OFFICER)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.FOLDER_NAME_REQUIRED, "name"));
    }

    @Test
    void aFolderNameWithAPathIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new CreateFolderCommand(NEW_FOLDER, COOPERATION_ID, SPACE_ID, null, "../secrets"), AS_OFFICER)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NAME_UNSAFE, "name"));
    }

    @Test
    void aModeratorRestrictsAFolderToSomeMembers() {
        FolderRights rights = FolderRights.restrictedTo(List.of(REFERENT_62));
        fixture.given(CREATED)
               .when(new SetFolderRightsCommand(DRAFTS, COOPERATION_ID, rights), AS_OFFICER)
               .expectEvents(new FolderRightsChangedEvent(DRAFTS, COOPERATION_ID, SPACE_ID, rights, OFFICER));
    }

    @Test
    void aModeratorMakesAFolderReadOnlyForSome() {
        FolderRights rights = new FolderRights(false, List.of(REFERENT_62), List.of(REFERENT_80));
        fixture.given(new FolderCreatedEvent(STUDIES, COOPERATION_ID, SPACE_ID, null, "Études", OFFICER))
               .when(new SetFolderRightsCommand(STUDIES, COOPERATION_ID, rights), AS_OFFICER)
               .expectEvents(new FolderRightsChangedEvent(STUDIES, COOPERATION_ID, SPACE_ID,
                                                          new FolderRights(false, List.of(), List.of(REFERENT_80)), OFFICER));
    }

    @Test
    void aMemberWhoIsNoModeratorSetsNoRights() {
        fixture.given(new FolderCreatedEvent(STUDIES, COOPERATION_ID, SPACE_ID, null, "Études", OFFICER))
               .when(new SetFolderRightsCommand(STUDIES, COOPERATION_ID, FolderRights.restrictedTo(List.of(REFERENT_62))),
                     AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.MODERATOR_REQUIRED, null));
    }

    @Test
    void aRestrictedFolderNamesSomeone() {
        fixture.given(CREATED)
               .when(new SetFolderRightsCommand(DRAFTS, COOPERATION_ID, FolderRights.restrictedTo(List.of())), AS_OFFICER)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.RESTRICTED_WITHOUT_MEMBERS, "memberIds"));
    }

    @Test
    void onlyPeopleOfTheSpaceAreNamed() {
        fixture.given(CREATED)
               .when(new SetFolderRightsCommand(DRAFTS, COOPERATION_ID, FolderRights.restrictedTo(List.of(BRETON))),
                     AS_OFFICER)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.PERSON_NOT_IN_SPACE, "memberIds"));
    }

    @Test
    void aFolderOfAnotherCooperationIsNotFoundWhenItsRightsAreSet() {
        fixture.given(CREATED)
               .when(new SetFolderRightsCommand(DRAFTS, COOPERATION_ID, FolderRights.INHERITED), AS_BRETON)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NOT_FOUND, null));
    }

    @Test
    void aSubfolderNeverOpensWhatItsParentCloses() {
        List<FolderRights> chain = List.of(FolderRights.restrictedTo(List.of(REFERENT_62)), FolderRights.INHERITED);

        assertThat(FolderRights.accessOf(REFERENT_62, FolderAccess.WRITE, chain)).isEqualTo(FolderAccess.WRITE);
        assertThat(FolderRights.accessOf(REFERENT_80, FolderAccess.WRITE, chain)).isEqualTo(FolderAccess.NONE);
        assertThat(FolderRights.accessOf(OFFICER, FolderAccess.MANAGE, chain)).isEqualTo(FolderAccess.MANAGE);
        assertThat(FolderRights.accessOf(DIRECTOR, FolderAccess.NONE, List.of())).isEqualTo(FolderAccess.NONE);
    }

    @Test
    void readOnlyAboveMakesEveryFolderBelowReadOnly() {
        List<FolderRights> chain = List.of(new FolderRights(false, List.of(), List.of(REFERENT_80)), FolderRights.INHERITED);

        assertThat(FolderRights.accessOf(REFERENT_80, FolderAccess.WRITE, chain)).isEqualTo(FolderAccess.READ);
        assertThat(FolderRights.accessOf(REFERENT_62, FolderAccess.WRITE, chain)).isEqualTo(FolderAccess.WRITE);
    }

    private static final String COMMITTEE_SPACE = "espace-hauts-de-france-ct";

    @Test
    void aModeratorOpensAFolderToAnotherSpaceToRead() {
        fixture.given(CREATED)
               .when(new GrantFolderReadingCommand(DRAFTS, COOPERATION_ID, COMMITTEE_SPACE), AS_OFFICER)
               .expectEvents(new FolderReadingGrantedEvent(DRAFTS, COOPERATION_ID, SPACE_ID, COMMITTEE_SPACE, OFFICER));
    }

    @Test
    void theHubOpensAStudysFolderToTheCommittee() {
        fixture.given(CREATED)
               .when(new GrantFolderReadingCommand(DRAFTS, COOPERATION_ID, COMMITTEE_SPACE),
                     MetaData.with(ActorMetaData.ACTOR_ID, ActorMetaData.SYSTEM).and(ActorMetaData.COOPERATION_ID, COOPERATION_ID))
               .expectEvents(new FolderReadingGrantedEvent(DRAFTS, COOPERATION_ID, SPACE_ID, COMMITTEE_SPACE,
                                                           ActorMetaData.SYSTEM));
    }

    @Test
    void theSameGrantAgainChangesNothing() {
        fixture.given(CREATED, new FolderReadingGrantedEvent(DRAFTS, COOPERATION_ID, SPACE_ID, COMMITTEE_SPACE, OFFICER))
               .when(new GrantFolderReadingCommand(DRAFTS, COOPERATION_ID, COMMITTEE_SPACE), AS_OFFICER)
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aMemberWhoIsNotAModeratorOpensNothing() {
        fixture.given(new FolderCreatedEvent(STUDIES, COOPERATION_ID, SPACE_ID, null, "Études", OFFICER))
               .when(new GrantFolderReadingCommand(STUDIES, COOPERATION_ID, COMMITTEE_SPACE), AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.MODERATOR_REQUIRED, null));
    }

    @Test
    void aGrantNamesTheSpaceToOpenTo() {
        fixture.given(CREATED)
               .when(new GrantFolderReadingCommand(DRAFTS, COOPERATION_ID, " "), AS_OFFICER)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.READER_SPACE_REQUIRED, "readerSpaceId"));
    }

    @Test
    void someoneOfAnotherCooperationOpensNothing() {
        fixture.given(CREATED)
               .when(new GrantFolderReadingCommand(DRAFTS, COOPERATION_ID, COMMITTEE_SPACE), AS_BRETON)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NOT_FOUND, null));
    }
}
