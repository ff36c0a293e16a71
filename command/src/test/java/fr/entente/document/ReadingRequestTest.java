package fr.entente.document;

import fr.entente.common.api.ActorMetaData;
import fr.entente.document.api.*;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.common.api.RuleViolations.withArguments;
import static fr.entente.document.WorkingGroupDocuments.*;
import static org.hamcrest.Matchers.allOf;

/**
 * A document sent "à lire" (read receipts): who sends it, to whom, with which delay; who is reminded, once, and only
 * while they have not opened (downloaded) it.
 */
class ReadingRequestTest {

    private static final int THREE_DAYS = 72;
    private static final MetaData AS_HUB = MetaData.with(ActorMetaData.ACTOR_ID, ActorMetaData.SYSTEM)
                                                   .and(ActorMetaData.COOPERATION_ID, COOPERATION_ID);
    private static final DocumentReadingRequestedEvent SENT_TO_BOTH = new DocumentReadingRequestedEvent(
            DOCUMENT_ID, List.of(REFERENT_80, OFFICER), THREE_DAYS, REFERENT_62);

    private final FixtureConfiguration<Document> fixture = documentFixture();

    @Test
    void aWriterSendsTheDocumentToReadToPeopleWhoSeeIt() {
        fixture.given(UPLOADED)
               .when(new RequestReadingCommand(DOCUMENT_ID, COOPERATION_ID, List.of(REFERENT_80, " " + OFFICER, REFERENT_80),
                                               THREE_DAYS), AS_REFERENT_62)
               .expectEvents(SENT_TO_BOTH);
    }

    @Test
    void nobodyToReadIsRefused() {
        fixture.given(UPLOADED)
               .when(new RequestReadingCommand(DOCUMENT_ID, COOPERATION_ID, List.of(" "), THREE_DAYS), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.READERS_REQUIRED, "readerIds"));
    }

    @Test
    void aDelayOutOfBoundsIsRefused() {
        fixture.given(UPLOADED)
               .when(new RequestReadingCommand(DOCUMENT_ID, COOPERATION_ID, List.of(OFFICER), 0), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(allOf(ruleViolation(DocumentRefusal.REMINDER_DELAY_INVALID, "remindAfterHours"),
                                      withArguments(1, 2160)));
    }

    @Test
    void someoneWhoDoesNotSeeTheDocumentCannotBeAskedToReadIt() {
        fixture.given(UPLOADED)
               .when(new RequestReadingCommand(DOCUMENT_ID, COOPERATION_ID, List.of(OFFICER, DIRECTOR), THREE_DAYS),
                     AS_REFERENT_62)
               .expectNoEvents()
               .expectException(allOf(ruleViolation(DocumentRefusal.READER_CANNOT_SEE, "readerIds"),
                                      withArguments(DIRECTOR)));
    }

    @Test
    void someoneWhoOnlyReadsTheFolderSendsNothing() {
        fixture.given(new DocumentUploadedEvent(DOCUMENT_ID, COOPERATION_ID, SPACE_ID, ARCHIVES, FIRST_FILE, OFFICER))
               .when(new RequestReadingCommand(DOCUMENT_ID, COOPERATION_ID, List.of(REFERENT_62), THREE_DAYS),
                     AS_REFERENT_80)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.READ_ONLY, null));
    }

    @Test
    void anotherCooperationIsToldTheDocumentDoesNotExist() {
        fixture.given(UPLOADED)
               .when(new RequestReadingCommand(DOCUMENT_ID, COOPERATION_ID, List.of(OFFICER), THREE_DAYS), AS_BRETON)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NOT_FOUND, null));
    }

    @Test
    void aDocumentInTheTrashIsSentToNobody() {
        fixture.given(UPLOADED, new DocumentTrashedEvent(DOCUMENT_ID, REFERENT_62))
               .when(new RequestReadingCommand(DOCUMENT_ID, COOPERATION_ID, List.of(OFFICER), THREE_DAYS), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.IN_TRASH, null));
    }

    @Test
    void aReaderWhoHasNotOpenedItIsReminded() {
        fixture.given(UPLOADED, SENT_TO_BOTH)
               .when(new RemindReaderCommand(DOCUMENT_ID, COOPERATION_ID, REFERENT_80), AS_HUB)
               .expectEvents(new DocumentReaderRemindedEvent(DOCUMENT_ID, REFERENT_80));
    }

    @Test
    void aReaderIsRemindedOnlyOnce() {
        fixture.given(UPLOADED, SENT_TO_BOTH, new DocumentReaderRemindedEvent(DOCUMENT_ID, REFERENT_80))
               .when(new RemindReaderCommand(DOCUMENT_ID, COOPERATION_ID, REFERENT_80), AS_HUB)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NO_REMINDER_DUE, "readerId"));
    }

    @Test
    void aReaderWhoOpenedItIsNotReminded() {
        fixture.given(UPLOADED, SENT_TO_BOTH, new DocumentDownloadedEvent(DOCUMENT_ID, 1, REFERENT_80))
               .when(new RemindReaderCommand(DOCUMENT_ID, COOPERATION_ID, REFERENT_80), AS_HUB)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NO_REMINDER_DUE, "readerId"));
    }

    @Test
    void someoneNeverAskedToReadItIsNotReminded() {
        fixture.given(UPLOADED, SENT_TO_BOTH)
               .when(new RemindReaderCommand(DOCUMENT_ID, COOPERATION_ID, REFERENT_62), AS_HUB)
               .expectNoEvents()
               .expectException(ruleViolation(DocumentRefusal.NO_REMINDER_DUE, "readerId"));
    }

    @Test
    void sendingItAgainStartsTheWaitAgain() {
        fixture.given(UPLOADED, SENT_TO_BOTH, new DocumentReaderRemindedEvent(DOCUMENT_ID, REFERENT_80),
                      new DocumentReadingRequestedEvent(DOCUMENT_ID, List.of(REFERENT_80), THREE_DAYS, REFERENT_62))
               .when(new RemindReaderCommand(DOCUMENT_ID, COOPERATION_ID, REFERENT_80), AS_HUB)
               .expectEvents(new DocumentReaderRemindedEvent(DOCUMENT_ID, REFERENT_80));
    }
}
