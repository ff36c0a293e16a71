package fr.entente.document;

import fr.entente.common.api.ActorMetaData;
import fr.entente.document.api.*;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.document.WorkingGroupDocuments.*;

/**
 * The trash's 30 days: the hub purges a document trashed 30 days ago (the event names its versions' files), not one
 * day earlier, never a restored one, and a purged document cannot be restored. A forgotten lock: the hub releases it
 * after 24 hours.
 */
class TrashPurgeAndLockExpiryTest {

    private static final Instant TRASHED_AT = Instant.parse("2026-11-02T09:00:00Z");
    private static final MetaData AS_HUB = MetaData.with(ActorMetaData.ACTOR_ID, ActorMetaData.SYSTEM)
                                                   .and(ActorMetaData.COOPERATION_ID, COOPERATION_ID);
    private static final DocumentTrashedEvent TRASHED = new DocumentTrashedEvent(DOCUMENT_ID, REFERENT_62);
    private static final DocumentVersionUploadedEvent SECOND = new DocumentVersionUploadedEvent(DOCUMENT_ID, 2, SECOND_FILE,
                                                                                                REFERENT_62);
    private static final DocumentVersionRestoredEvent FIRST_AGAIN = new DocumentVersionRestoredEvent(DOCUMENT_ID, 3, 1,
                                                                                                     FIRST_FILE, REFERENT_62);

    private final FixtureConfiguration<Document> fixture = documentFixture();

    @Test
    void theHubPurgesADocumentThirtyDaysInTheTrashNamingEachFileOnce() {
        fixture.givenCurrentTime(TRASHED_AT)
               .andGiven(UPLOADED, SECOND, FIRST_AGAIN, TRASHED)
               .when(new PurgeDocumentCommand(DOCUMENT_ID, COOPERATION_ID, TRASHED_AT.plus(Duration.ofDays(30))), AS_HUB)
               .expectEvents(new DocumentPurgedEvent(DOCUMENT_ID, List.of(FIRST_FILE.fileId(), SECOND_FILE.fileId())));
    }

    @Test
    void notADayEarlier() {
        fixture.givenCurrentTime(TRASHED_AT)
               .andGiven(UPLOADED, TRASHED)
               .when(new PurgeDocumentCommand(DOCUMENT_ID, COOPERATION_ID, TRASHED_AT.plus(Duration.ofDays(29))), AS_HUB)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NOT_DUE, null));
    }

    @Test
    void aRestoredDocumentIsNeverPurged() {
        fixture.givenCurrentTime(TRASHED_AT)
               .andGiven(UPLOADED, TRASHED, new DocumentRestoredEvent(DOCUMENT_ID, REFERENT_62))
               .when(new PurgeDocumentCommand(DOCUMENT_ID, COOPERATION_ID, TRASHED_AT.plus(Duration.ofDays(40))), AS_HUB)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NOT_DUE, null));
    }

    @Test
    void onlyTheHubPurges() {
        fixture.givenCurrentTime(TRASHED_AT)
               .andGiven(UPLOADED, TRASHED)
               .when(new PurgeDocumentCommand(DOCUMENT_ID, COOPERATION_ID, TRASHED_AT.plus(Duration.ofDays(300))), AS_OFFICER)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NOT_DUE, null));
    }

    @Test
    void aPurgedDocumentCannotBeRestored() {
        fixture.givenCurrentTime(TRASHED_AT)
               .andGiven(UPLOADED, TRASHED, new DocumentPurgedEvent(DOCUMENT_ID, List.of(FIRST_FILE.fileId())))
               .when(new RestoreDocumentCommand(DOCUMENT_ID, COOPERATION_ID), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.PURGED, null));
    }

    @Test
    void aLockHeldForADayIsReleasedByTheHub() {
        fixture.givenCurrentTime(TRASHED_AT)
               .andGiven(UPLOADED, new DocumentLockedEvent(DOCUMENT_ID, REFERENT_62))
               .when(new ExpireLockCommand(DOCUMENT_ID, COOPERATION_ID, TRASHED_AT.plus(Duration.ofHours(24))), AS_HUB)
               .expectEvents(new DocumentLockExpiredEvent(DOCUMENT_ID, REFERENT_62));
    }

    @Test
    void aLockIsNotReleasedBeforeADay() {
        fixture.givenCurrentTime(TRASHED_AT)
               .andGiven(UPLOADED, new DocumentLockedEvent(DOCUMENT_ID, REFERENT_62))
               .when(new ExpireLockCommand(DOCUMENT_ID, COOPERATION_ID, TRASHED_AT.plus(Duration.ofHours(23))), AS_HUB)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NOT_DUE, null));
    }

    @Test
    void afterItExpiredOthersEditAgain() {
        fixture.givenCurrentTime(TRASHED_AT)
               .andGiven(UPLOADED, new DocumentLockedEvent(DOCUMENT_ID, REFERENT_62),
                         new DocumentLockExpiredEvent(DOCUMENT_ID, REFERENT_62))
               .when(new RenameDocumentCommand(DOCUMENT_ID, COOPERATION_ID, "Autre nom.pdf"), AS_OFFICER)
               .expectEvents(new DocumentRenamedEvent(DOCUMENT_ID, "Autre nom.pdf", OFFICER));
    }
}
