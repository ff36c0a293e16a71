package fr.entente.meeting.query;

import com.mongodb.client.MongoDatabase;
import fr.entente.testing.TestMongo;
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdate;
import fr.entente.meeting.api.ActionItemRecordedEvent;
import fr.entente.meeting.api.AgendaChange;
import fr.entente.meeting.api.AgendaItemAddedEvent;
import fr.entente.meeting.api.AgendaItemDocumentAttachedEvent;
import fr.entente.meeting.api.AgendaItemDocumentDetachedEvent;
import fr.entente.meeting.api.MinutesAnnexAddedEvent;
import fr.entente.meeting.api.AgendaItemRemovedEvent;
import fr.entente.meeting.api.AgendaItemRequestDeclinedEvent;
import fr.entente.meeting.api.AgendaItemRequestedEvent;
import fr.entente.meeting.api.AgendaItemRequestsAcceptedEvent;
import fr.entente.meeting.api.AgendaPublishedEvent;
import fr.entente.meeting.api.AgendaReorderedEvent;
import fr.entente.meeting.api.AgendaRequestDeadlineSetEvent;
import fr.entente.meeting.api.AttendanceRecordedEvent;
import fr.entente.meeting.api.AttendanceStatus;
import fr.entente.meeting.api.CurrentAgendaItemChangedEvent;
import fr.entente.meeting.api.MeetingCancelledEvent;
import fr.entente.meeting.api.MeetingEndedEvent;
import fr.entente.meeting.api.MeetingMovedEvent;
import fr.entente.meeting.api.MeetingOccurrence;
import fr.entente.meeting.api.MeetingScheduledEvent;
import fr.entente.meeting.api.MeetingSeriesPlannedEvent;
import fr.entente.meeting.api.MeetingStartedEvent;
import fr.entente.meeting.api.MinutesAmendmentApprovedEvent;
import fr.entente.meeting.api.MinutesAmendmentProposedEvent;
import fr.entente.meeting.api.MinutesApprovalMode;
import fr.entente.meeting.api.MinutesApprovedEvent;
import fr.entente.meeting.api.MinutesDraftedEvent;
import fr.entente.meeting.api.MinutesEditedEvent;
import fr.entente.meeting.api.MinutesPublishedEvent;
import fr.entente.meeting.api.MinutesSubmittedEvent;
import fr.entente.meeting.api.NoteBlockSavedEvent;
import fr.entente.meeting.api.NoteEditConflictedEvent;
import fr.entente.meeting.api.ProposalOutcome;
import fr.entente.meeting.api.ProposalOutcomeChangedEvent;
import fr.entente.meeting.api.ProposalRecordedEvent;
import fr.entente.meeting.api.ReferralOrigin;
import fr.entente.meeting.api.ReferralReceivedEvent;
import fr.entente.meeting.api.PublishedAgendaAmendedEvent;
import fr.entente.meeting.api.Recurrence;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static fr.entente.meeting.api.AgendaItemPurpose.DECISION;
import static fr.entente.meeting.api.AgendaItemPurpose.DISCUSSION;
import static fr.entente.meeting.api.AgendaItemPurpose.INFORMATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The meetings read model against a real MongoDB-wire server (mongo-java-server, in memory), without Spring. */
class MeetingProjectionTest {

    private static final String HDF = "hauts-de-france";
    private static final String BRETAGNE = "bretagne";
    private static final String COPIL = "copil";
    private static final String GROUP = "gt-observatoire";
    private static final String JUNE = "copil-2026-06-09";
    private static final LocalDate JUNE_9 = LocalDate.of(2026, 6, 9);
    private static final LocalTime NINE_THIRTY = LocalTime.of(9, 30);
    private static final String CONVENOR = "p-convenor";
    private static final String OFFICER = "p-officer";
    private static final String DELEGATE = "p-delegate";
    private static final String CNFPT = "cnfpt";
    private static final String CDG59 = "cdg-59";

    @RegisterExtension
    static final TestMongo.PerClass mongo = new TestMongo.PerClass();

    private MongoDatabase database;
    private MeetingReadModel readModel;
    private MeetingProjection projection;
    private MeetingLog log;

    @BeforeEach
    void emptyDatabase() {
        database = mongo.freshDatabase();
        readModel = MeetingReadModel.on(database);
        projection = readModel.queries;
        log = readModel.log;
    }

    private static MeetingScheduledEvent scheduled(String cooperationId, String bodyId, String meetingId, LocalDate date,
                                                   LocalTime start) {
        return new MeetingScheduledEvent(meetingId, cooperationId, bodyId, null, "Comité de pilotage", date, start,
                                         start.plusHours(2), "Lille, salle du conseil", null);
    }

    private static MeetingScheduledEvent june() {
        return scheduled(HDF, COPIL, JUNE, JUNE_9, NINE_THIRTY);
    }

    private static AgendaItemRequestedEvent request(String requestId, String title, fr.entente.meeting.api.AgendaItemPurpose purpose,
                                                    String description, Integer minutes) {
        return new AgendaItemRequestedEvent(JUNE, requestId, DELEGATE, CNFPT, title, purpose, description, minutes);
    }

    private MeetingView june(MeetingProjection projection) {
        return projection.handle(new FindMeetingQuery(JUNE)).orElseThrow();
    }

    @Test
    void followsAMeetingThroughItsWholeLife() {
        Instant deadline = Instant.parse("2026-06-02T22:00:00Z");
        log.by(OFFICER).feed(june(), new AgendaRequestDeadlineSetEvent(JUNE, deadline));
        log.by(DELEGATE).feed(request("r1", "Budget 2027", DECISION, "Le budget", 30));
        log.by(OFFICER).feed(new AgendaItemRequestsAcceptedEvent(JUNE, "i1", List.of("r1"), "Budget 2027", DECISION, 30),
                             new AgendaItemAddedEvent(JUNE, "i2", "Tour de table", INFORMATION, null, 15),
                             new AgendaPublishedEvent(JUNE, List.of("i1", "i2"), 1),
                             new MeetingStartedEvent(JUNE),
                             new AttendanceRecordedEvent(JUNE, DELEGATE, AttendanceStatus.PRESENT, null),
                             new AttendanceRecordedEvent(JUNE, CONVENOR, AttendanceStatus.REPRESENTED, OFFICER),
                             new CurrentAgendaItemChangedEvent(JUNE, "i1"),
                             new NoteBlockSavedEvent(JUNE, "i1", "b1", 1, "Le budget est présenté.", OFFICER),
                             new ProposalRecordedEvent(JUNE, "pr1", "i1", DELEGATE, CNFPT, "Adopter le budget",
                                                       ProposalOutcome.ADOPTED, null),
                             new ActionItemRecordedEvent(JUNE, "a1", "i1", "Envoyer le budget", CDG59, null,
                                                         LocalDate.of(2026, 7, 1)),
                             new MeetingEndedEvent(JUNE),
                             new MinutesDraftedEvent(JUNE, 1, "Compte rendu"),
                             new MinutesSubmittedEvent(JUNE, 1));
        log.by(CONVENOR).feed(new MinutesApprovedEvent(JUNE, 1, MinutesApprovalMode.CONVENOR, null));
        log.by(OFFICER).feed(new MinutesPublishedEvent(JUNE, 1));

        MeetingView view = june(projection);
        assertThat(view.cooperationId()).isEqualTo(HDF);
        assertThat(view.bodyId()).isEqualTo(COPIL);
        assertThat(view.title()).isEqualTo("Comité de pilotage");
        assertThat(view.date()).isEqualTo(JUNE_9);
        assertThat(view.startTime()).isEqualTo(NINE_THIRTY);
        assertThat(view.endTime()).isEqualTo(LocalTime.of(11, 30));
        assertThat(view.status()).isEqualTo(MeetingStatus.ENDED);
        assertThat(view.requestDeadline()).isEqualTo(deadline);
        assertThat(view.requests()).containsExactly(new AgendaRequestView(
                "r1", "Budget 2027", DECISION, "Le budget", 30, DELEGATE, CNFPT, RequestStatus.ACCEPTED, "i1", null,
                MeetingLog.at(3), null));
        assertThat(view.items()).containsExactly(
                new AgendaItemView("i1", "Budget 2027", DECISION, "Le budget", 30, List.of("r1"), false),
                new AgendaItemView("i2", "Tour de table", INFORMATION, null, 15, List.of(), false));
        assertThat(view.publishedVersion()).isEqualTo(1);
        assertThat(view.publishedAt()).isEqualTo(MeetingLog.at(6));
        assertThat(view.amendments()).isEmpty();
        assertThat(view.startedAt()).isEqualTo(MeetingLog.at(7));
        assertThat(view.attendance()).containsExactly(
                new AttendanceView(DELEGATE, AttendanceStatus.PRESENT, null),
                new AttendanceView(CONVENOR, AttendanceStatus.REPRESENTED, OFFICER));
        assertThat(view.currentItemId()).isEqualTo("i1");
        assertThat(view.notes()).containsExactly(
                new NoteBlockView("i1", "b1", 1, "Le budget est présenté.", OFFICER, null, null, MeetingLog.at(11)));
        assertThat(view.proposals()).extracting(ProposalView::proposalId, ProposalView::itemId, ProposalView::text,
                                                ProposalView::outcome)
                                    .containsExactly(tuple("pr1", "i1", "Adopter le budget", ProposalOutcome.ADOPTED));
        assertThat(view.actions()).containsExactly(new ActionItemView("a1", "i1", "Envoyer le budget", CDG59, null,
                                                                      LocalDate.of(2026, 7, 1)));
        assertThat(view.endedAt()).isEqualTo(MeetingLog.at(14));
        assertThat(view.minutes()).isEqualTo(new MinutesView(MinutesStatus.PUBLISHED, 1, "Compte rendu",
                                                             MinutesApprovalMode.CONVENOR, CONVENOR, MeetingLog.at(17),
                                                             null, MeetingLog.at(18), List.of()));
        assertThat(view.sequence()).as("started and ended").isEqualTo(2);
        assertThat(view.lastModified()).isEqualTo(MeetingLog.at(18));
        assertThat(view.position()).isEqualTo(18);
    }

    @Test
    void keepsAnItemsAttachmentsAndTheMinutesAnnexesWhichMembersSeeOnlyOncePublished() {
        log.by(OFFICER).feed(june(), new AgendaItemAddedEvent(JUNE, "i1", "Budget", DECISION, null, 30),
                             new AgendaItemDocumentAttachedEvent(JUNE, "i1", "doc-budget"),
                             new AgendaItemDocumentAttachedEvent(JUNE, "i1", "doc-annexe"),
                             new AgendaItemDocumentDetachedEvent(JUNE, "i1", "doc-budget"),
                             new MeetingStartedEvent(JUNE), new MeetingEndedEvent(JUNE),
                             new MinutesDraftedEvent(JUNE, 1, "# CR"),
                             new MinutesAnnexAddedEvent(JUNE, "doc-budget", 3));

        MeetingView view = june(projection);
        assertThat(view.attachments()).isEqualTo(Map.of("i1", List.of("doc-annexe")));
        assertThat(view.annexes()).extracting(MinutesAnnexView::documentId, MinutesAnnexView::version)
                                  .containsExactly(tuple("doc-budget", 3));
        assertThat(view.withMinutesOnlyIfPublished().annexes()).isEmpty();
    }

    @Test
    void mergedRequestsBecomeOneItemAndAreAllAccepted() {
        log.feed(june(), request("r1", "Budget", INFORMATION, "Vue d'ensemble", 20),
                 request("r2", "Budget détaillé", DECISION, "Les lignes", 25),
                 new AgendaItemRequestsAcceptedEvent(JUNE, "i1", List.of("r1", "r2"), "Budget 2027", DECISION, 45));

        MeetingView view = june(projection);
        assertThat(view.items()).containsExactly(new AgendaItemView("i1", "Budget 2027", DECISION,
                                                                    "Vue d'ensemble\n\nLes lignes", 45,
                                                                    List.of("r1", "r2"), false));
        assertThat(view.requests()).extracting(AgendaRequestView::requestId, AgendaRequestView::status,
                                               AgendaRequestView::itemId)
                                   .containsExactly(tuple("r1", RequestStatus.ACCEPTED, "i1"),
                                                    tuple("r2", RequestStatus.ACCEPTED, "i1"));
    }

    @Test
    void aReferralIsARequestLinkedBackToTheProposalWhichLinksToWhereItWent() {
        MeetingScheduledEvent workingGroup = scheduled(HDF, "gt", "gt-mai", JUNE_9.minusMonths(1), NINE_THIRTY);
        log.by(OFFICER).feed(june(), workingGroup,
                             new ProposalRecordedEvent("gt-mai", "pr-barometre", "i1", null, "cdg-59", "Valider le baromètre",
                                                       ProposalOutcome.REFERRED, COPIL));
        ReferralOrigin origin = new ReferralOrigin("gt-mai", "pr-barometre", "gt");
        log.by("system").feed(new ReferralReceivedEvent(JUNE, "renvoi-pr-barometre", origin, "Valider le baromètre",
                                                        "Renvoyé par le groupe de travail"));

        assertThat(june(projection).requests()).singleElement().satisfies(request -> {
            assertThat(request.referral()).isEqualTo(origin);
            assertThat(request.purpose()).isEqualTo(DECISION);
            assertThat(request.requestedBy()).isNull();
            assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
        });
        assertThat(projection.handle(new FindMeetingQuery("gt-mai")).orElseThrow().proposals())
                .singleElement().extracting(ProposalView::referralPlacedIn).isEqualTo(JUNE);
    }

    @Test
    void aDeclinedRequestKeepsItsReasonAndMakesNoItem() {
        log.feed(june(), request("r1", "Voyage d'étude", DISCUSSION, null, null), request("r2", "Budget", DECISION, null, 30),
                 new AgendaItemRequestDeclinedEvent(JUNE, "r1", "Hors du périmètre du comité"));

        MeetingView view = june(projection);
        assertThat(view.requests()).extracting(AgendaRequestView::requestId, AgendaRequestView::status,
                                               AgendaRequestView::declineReason)
                                   .containsExactly(tuple("r1", RequestStatus.DECLINED, "Hors du périmètre du comité"),
                                                    tuple("r2", RequestStatus.PENDING, null));
        assertThat(view.items()).isEmpty();
    }

    @Test
    void changesAfterPublicationAreNumberedAmendmentsAndTheOrderFollows() {
        log.feed(june(), new AgendaItemAddedEvent(JUNE, "i1", "Budget", DECISION, null, 30),
                 new AgendaItemAddedEvent(JUNE, "i2", "Observatoire", INFORMATION, null, 15),
                 new AgendaReorderedEvent(JUNE, List.of("i2", "i1")),
                 new AgendaPublishedEvent(JUNE, List.of("i2", "i1"), 1),
                 request("r1", "Recrutements", DISCUSSION, null, 20),
                 new AgendaItemRequestsAcceptedEvent(JUNE, "i3", List.of("r1"), "Recrutements", DISCUSSION, 20),
                 new PublishedAgendaAmendedEvent(JUNE, 1, AgendaChange.ITEM_ADDED, "i3", List.of("i2", "i1", "i3")),
                 new AgendaItemRemovedEvent(JUNE, "i2", "Reporté"),
                 new PublishedAgendaAmendedEvent(JUNE, 2, AgendaChange.ITEM_REMOVED, "i2", List.of("i1", "i3")),
                 new AgendaReorderedEvent(JUNE, List.of("i3", "i1")),
                 new PublishedAgendaAmendedEvent(JUNE, 3, AgendaChange.REORDERED, null, List.of("i3", "i1")));

        MeetingView view = june(projection);
        assertThat(view.items()).extracting(AgendaItemView::itemId, AgendaItemView::addedAfterPublication)
                                .containsExactly(tuple("i3", true), tuple("i1", false));
        assertThat(view.amendments()).containsExactly(
                new AgendaAmendmentView(1, AgendaChange.ITEM_ADDED, "i3", MeetingLog.at(8)),
                new AgendaAmendmentView(2, AgendaChange.ITEM_REMOVED, "i2", MeetingLog.at(10)),
                new AgendaAmendmentView(3, AgendaChange.REORDERED, null, MeetingLog.at(12)));
        assertThat(view.publishedVersion()).isEqualTo(1);

        log.feed(new AgendaPublishedEvent(JUNE, List.of("i3", "i1"), 2));
        assertThat(june(projection).publishedVersion()).isEqualTo(2);
        assertThat(june(projection).publishedAt()).isEqualTo(MeetingLog.at(13));
    }

    @Test
    void notesAreGroupedByItemInAgendaOrderWithEachConflictRightAfterItsOriginal() {
        log.feed(june(), new AgendaItemAddedEvent(JUNE, "i1", "Budget", DECISION, null, 30),
                 new AgendaItemAddedEvent(JUNE, "i2", "Observatoire", INFORMATION, null, 15),
                 new MeetingStartedEvent(JUNE),
                 new NoteBlockSavedEvent(JUNE, "i2", "n1", 1, "Chiffres de l'observatoire", OFFICER),
                 new NoteBlockSavedEvent(JUNE, "i1", "b1", 1, "Présentation", OFFICER),
                 new NoteBlockSavedEvent(JUNE, "i1", "b2", 1, "Questions", OFFICER),
                 new NoteBlockSavedEvent(JUNE, "i1", "b1", 2, "Présentation du budget", OFFICER),
                 new NoteEditConflictedEvent(JUNE, "i1", "b1", "b1~1", "Présentation (CNFPT)", DELEGATE, 1, 2),
                 new NoteEditConflictedEvent(JUNE, "i1", "b1", "b1~2", "Présentation (CDG)", CONVENOR, 1, 2),
                 new NoteBlockSavedEvent(JUNE, "i1", "b1~1", 2, "Présentation (CNFPT, revue)", DELEGATE));

        assertThat(june(projection).notes())
                .extracting(NoteBlockView::itemId, NoteBlockView::blockId, NoteBlockView::version, NoteBlockView::text,
                            NoteBlockView::authorId, NoteBlockView::conflictOf, NoteBlockView::lostToVersion)
                .containsExactly(tuple("i1", "b1", 2, "Présentation du budget", OFFICER, null, null),
                                 tuple("i1", "b1~1", 2, "Présentation (CNFPT, revue)", DELEGATE, "b1", 2),
                                 tuple("i1", "b1~2", 1, "Présentation (CDG)", CONVENOR, "b1", 2),
                                 tuple("i1", "b2", 1, "Questions", OFFICER, null, null),
                                 tuple("i2", "n1", 1, "Chiffres de l'observatoire", OFFICER, null, null));

        log.feed(new AgendaReorderedEvent(JUNE, List.of("i2", "i1")));
        assertThat(june(projection).notes()).extracting(NoteBlockView::blockId)
                                            .containsExactly("n1", "b1", "b1~1", "b1~2", "b2");
        assertThat(june(projection).notes().get(0).savedAt()).isEqualTo(MeetingLog.at(5));
    }

    @Test
    void aProposalOutcomeCorrectedDuringTheMeetingShowsTheNewOutcomeAndEveryOutcomeItWasGiven() {
        log.by(OFFICER).feed(june(), new AgendaItemAddedEvent(JUNE, "i1", "Budget", DECISION, null, 30),
                             new MeetingStartedEvent(JUNE),
                             new ProposalRecordedEvent(JUNE, "pr1", "i1", DELEGATE, CNFPT, "Adopter", ProposalOutcome.ADOPTED, null),
                             new ProposalRecordedEvent(JUNE, "pr2", "i1", null, CDG59, "Étudier", ProposalOutcome.DEFERRED, null));
        log.by(CONVENOR).feed(new ProposalOutcomeChangedEvent(JUNE, "pr2", ProposalOutcome.REFERRED, "comite-technique"));

        List<ProposalView> proposals = june(projection).proposals();
        assertThat(proposals).extracting(ProposalView::proposalId, ProposalView::outcome, ProposalView::referredToBodyId,
                                         ProposalView::corrected)
                             .containsExactly(tuple("pr1", ProposalOutcome.ADOPTED, null, false),
                                              tuple("pr2", ProposalOutcome.REFERRED, "comite-technique", true));
        assertThat(proposals.get(1).history()).containsExactly(
                new OutcomeChangeView(ProposalOutcome.DEFERRED, null, OFFICER, MeetingLog.at(5)),
                new OutcomeChangeView(ProposalOutcome.REFERRED, "comite-technique", CONVENOR, MeetingLog.at(6)));
    }

    @Test
    void minutesGoBackToDraftWhenEditedAfterSubmissionAndKeepTheirAmendments() {
        log.feed(june(), new MeetingStartedEvent(JUNE), new MeetingEndedEvent(JUNE), new MinutesDraftedEvent(JUNE, 1, "v1"),
                 new MinutesSubmittedEvent(JUNE, 1));
        assertThat(june(projection).minutes().status()).isEqualTo(MinutesStatus.SUBMITTED);

        log.feed(new MinutesEditedEvent(JUNE, 2, "v2"));
        assertThat(june(projection).minutes()).extracting(MinutesView::status, MinutesView::version, MinutesView::text)
                                              .containsExactly(MinutesStatus.DRAFT, 2, "v2");

        log.feed(new MinutesSubmittedEvent(JUNE, 2));
        log.by(OFFICER).feed(new MinutesApprovedEvent(JUNE, 2, MinutesApprovalMode.BODY_AT_MEETING, "copil-2026-09-08"));
        log.by(DELEGATE).feed(new MinutesAmendmentProposedEvent(JUNE, "am1", "Lire 45 k€"),
                              new MinutesAmendmentProposedEvent(JUNE, "am2", "Ajouter M. Durand"));
        log.by(CONVENOR).feed(new MinutesAmendmentApprovedEvent(JUNE, "am1", MinutesApprovalMode.CONVENOR, null));

        MinutesView minutes = june(projection).minutes();
        assertThat(minutes).extracting(MinutesView::status, MinutesView::version, MinutesView::text,
                                       MinutesView::approvalMode, MinutesView::approvedBy, MinutesView::atMeetingId)
                           .containsExactly(MinutesStatus.APPROVED, 2, "v2", MinutesApprovalMode.BODY_AT_MEETING, OFFICER,
                                            "copil-2026-09-08");
        assertThat(minutes.approvedAt()).isEqualTo(MeetingLog.at(8));
        assertThat(minutes.amendments()).containsExactly(
                new MinutesAmendmentView("am1", "Lire 45 k€", DELEGATE, MeetingLog.at(9), true, CONVENOR, MeetingLog.at(11)),
                new MinutesAmendmentView("am2", "Ajouter M. Durand", DELEGATE, MeetingLog.at(10), false, null, null));
    }

    @Test
    void aNewMeetingHasNoMinutesNorAgenda() {
        log.feed(june());

        MeetingView view = june(projection);
        assertThat(view.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(view.minutes()).isEqualTo(MinutesView.NONE);
        assertThat(view.publishedVersion()).isZero();
        assertThat(view.sequence()).isZero();
        assertThat(view.items()).isEmpty();
    }

    @Test
    void movingOrCancellingAMeetingBumpsItsCalendarSequence() {
        log.feed(june(), new AgendaItemAddedEvent(JUNE, "i1", "Budget", DECISION, null, 30),
                 new MeetingMovedEvent(JUNE, LocalDate.of(2026, 6, 16), LocalTime.of(14, 0), LocalTime.of(16, 0), null,
                                       "https://visio.example/copil"));
        MeetingView moved = june(projection);
        assertThat(moved.sequence()).isEqualTo(1);
        assertThat(moved).extracting(MeetingView::date, MeetingView::startTime, MeetingView::place, MeetingView::videoLink)
                         .containsExactly(LocalDate.of(2026, 6, 16), LocalTime.of(14, 0), null,
                                          "https://visio.example/copil");

        log.feed(new MeetingCancelledEvent(JUNE, "Grève des transports"));
        MeetingView cancelled = june(projection);
        assertThat(cancelled.sequence()).isEqualTo(2);
        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Grève des transports");
    }

    @Test
    void eventsDeliveredAgainLeaveTheSameMeeting() {
        log.feed(june(), request("r1", "Budget", DECISION, null, 30),
                 new AgendaItemRequestsAcceptedEvent(JUNE, "i1", List.of("r1"), "Budget", DECISION, 30),
                 new AgendaPublishedEvent(JUNE, List.of("i1"), 1), new MeetingStartedEvent(JUNE),
                 new NoteBlockSavedEvent(JUNE, "i1", "b1", 1, "a", OFFICER),
                 new NoteEditConflictedEvent(JUNE, "i1", "b1", "b1~1", "b", DELEGATE, 0, 1),
                 new MeetingMovedEvent(JUNE, JUNE_9, NINE_THIRTY, LocalTime.NOON, "Lille", null));
        MeetingView before = june(projection);
        long updates = database.getCollection("live_updates").countDocuments();

        log.redeliverAll();

        assertThat(june(projection)).usingRecursiveComparison().isEqualTo(before);
        assertThat(database.getCollection("live_updates").countDocuments()).isEqualTo(updates);
    }

    @Test
    void anEventWithoutPositionIsApplied() {
        log.feed(june());

        log.feedWithoutPosition(new MeetingCancelledEvent(JUNE, "Annulé"));

        assertThat(june(projection).status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(june(projection).position()).isEqualTo(1);
    }

    @Test
    void aSeriesIsSeenThroughItsScheduledMeetingsAndAnEventOfAnUnknownMeetingIsIgnored() {
        LocalDate july = LocalDate.of(2026, 7, 7);
        log.feed(new MeetingSeriesPlannedEvent("gt", HDF, GROUP, "GT", Recurrence.monthly(2, java.time.DayOfWeek.TUESDAY),
                                               JUNE_9, july, NINE_THIRTY, LocalTime.NOON, "Lille", null,
                                               List.of(new MeetingOccurrence("gt-2026-06-09", JUNE_9),
                                                       new MeetingOccurrence("gt-2026-07-07", july))),
                 new MeetingScheduledEvent("gt-2026-06-09", HDF, GROUP, "gt", "GT", JUNE_9, NINE_THIRTY, LocalTime.NOON,
                                           "Lille", null),
                 new MeetingScheduledEvent("gt-2026-07-07", HDF, GROUP, "gt", "GT", july, NINE_THIRTY, LocalTime.NOON,
                                           "Lille", null),
                 new MeetingStartedEvent("nowhere"));

        assertThat(database.getCollection(MeetingViewStore.COLLECTION).countDocuments()).isEqualTo(2);
        assertThat(projection.handle(new FindBodyMeetingsQuery(HDF, GROUP)))
                .extracting(MeetingSummary::meetingId, MeetingSummary::seriesId)
                .containsExactly(tuple("gt-2026-06-09", "gt"), tuple("gt-2026-07-07", "gt"));
        assertThat(projection.handle(new FindMeetingQuery("nowhere"))).isEmpty();
    }

    @Test
    void aReplayStartsFromNoMeetings() {
        log.feed(june());

        log.reset();

        assertThat(projection.handle(new FindMeetingQuery(JUNE))).isEmpty();
        assertThat(database.getCollection(MeetingViewStore.COLLECTION).countDocuments()).isZero();
    }

    @Test
    void aBodysMeetingsComeByDateThenStartTimeAndStayInTheirCooperation() {
        log.feed(scheduled(HDF, COPIL, "c-sept", LocalDate.of(2026, 9, 8), NINE_THIRTY),
                 scheduled(HDF, COPIL, "c-june-pm", JUNE_9, LocalTime.of(14, 0)),
                 scheduled(HDF, COPIL, "c-june-am", JUNE_9, LocalTime.of(9, 0)),
                 scheduled(HDF, GROUP, "g-july", LocalDate.of(2026, 7, 7), NINE_THIRTY),
                 scheduled(BRETAGNE, COPIL, "b-june", LocalDate.of(2026, 6, 1), NINE_THIRTY),
                 new MeetingMovedEvent("c-sept", LocalDate.of(2026, 5, 30), NINE_THIRTY, LocalTime.NOON, "Lille", null));

        assertThat(projection.handle(new FindBodyMeetingsQuery(HDF, COPIL))).extracting(MeetingSummary::meetingId)
                                                                           .containsExactly("c-sept", "c-june-am", "c-june-pm");
        assertThat(projection.handle(new FindBodyMeetingsQuery(BRETAGNE, COPIL))).extracting(MeetingSummary::meetingId)
                                                                                .containsExactly("b-june");
        assertThat(projection.handle(new FindMeetingsOfBodiesQuery(List.of(new BodyRef(HDF, GROUP), new BodyRef(BRETAGNE, COPIL)))))
                .extracting(MeetingSummary::meetingId).containsExactly("b-june", "g-july");
        assertThat(projection.handle(new FindMeetingsOfBodiesQuery(List.of()))).isEmpty();
        assertThat(projection.handle(new FindBodyMeetingsQuery(HDF, "codir"))).isEmpty();
    }

    @Test
    void aSummaryShowsTheMeetingsStateForLists() {
        log.feed(june(), new AgendaItemAddedEvent(JUNE, "i1", "Budget", DECISION, null, 30),
                 new AgendaPublishedEvent(JUNE, List.of("i1"), 1), new MeetingStartedEvent(JUNE), new MeetingEndedEvent(JUNE),
                 new MinutesDraftedEvent(JUNE, 1, "cr"));

        assertThat(projection.handle(new FindBodyMeetingsQuery(HDF, COPIL))).containsExactly(new MeetingSummary(
                JUNE, HDF, COPIL, null, "Comité de pilotage", JUNE_9, NINE_THIRTY, LocalTime.of(11, 30),
                "Lille, salle du conseil", null, MeetingStatus.ENDED, null, MinutesStatus.DRAFT, 1, 2, MeetingLog.at(6)));
    }

    @Test
    void everyChangeIsPublishedToTheMeetingsPageAndListChangesToTheBodysList() {
        log.feed(june(), new AgendaItemAddedEvent(JUNE, "i1", "Budget", DECISION, null, 30),
                 new AgendaPublishedEvent(JUNE, List.of("i1"), 1),
                 new MeetingMovedEvent(JUNE, JUNE_9, LocalTime.of(10, 0), LocalTime.NOON, "Lille", null),
                 new MeetingStartedEvent(JUNE), new NoteBlockSavedEvent(JUNE, "i1", "b1", 1, "a", OFFICER),
                 new MeetingEndedEvent(JUNE), new MinutesDraftedEvent(JUNE, 1, "cr"), new MinutesEditedEvent(JUNE, 2, "cr2"),
                 new MinutesSubmittedEvent(JUNE, 2));

        List<LiveUpdate> page = readModel.published(LiveTopics.meeting(HDF, JUNE));
        assertThat(page).extracting(LiveUpdate::position).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(page).extracting(LiveUpdate::type).containsOnly("meeting");
        assertThat(page).extracting(LiveUpdate::changes).containsExactly(
                List.of("schedule"), List.of("agenda"), List.of("agenda", "requests"), List.of("schedule"),
                List.of("schedule"), List.of("notes"), List.of("schedule"), List.of("minutes"), List.of("minutes"),
                List.of("minutes"));
        assertThat(page).extracting(LiveUpdate::json).containsOnlyNulls();

        List<LiveUpdate> list = readModel.published(LiveTopics.bodyMeetings(HDF, COPIL));
        assertThat(list).extracting(LiveUpdate::position).containsExactly(1L, 3L, 4L, 5L, 7L, 8L, 10L);
        assertThat(list).extracting(LiveUpdate::type).containsOnly("meetings");
        assertThat(list).extracting(LiveUpdate::changes).containsOnly(List.of("meetings"));
        assertThat(LiveTopics.meeting(HDF, JUNE)).isEqualTo("cooperation/hauts-de-france/meeting/" + JUNE);
        assertThat(LiveTopics.bodyMeetings(HDF, COPIL)).isEqualTo("cooperation/hauts-de-france/body/copil/meetings");
    }

    @Test
    void keepsTheFieldsTheQueriesFilterAndSortOn() {
        log.feed(june());

        Document stored = database.getCollection(MeetingViewStore.COLLECTION).find(new Document("_id", JUNE)).first();
        assertThat(stored).containsEntry("cooperationId", HDF).containsEntry("bodyId", COPIL)
                          .containsEntry("date", "2026-06-09").containsEntry("startTime", "09:30")
                          .containsEntry("position", 1L);
        assertThat(stored.getString("view")).doesNotContain("\"summary\"");
    }
}
