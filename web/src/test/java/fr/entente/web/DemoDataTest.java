package fr.entente.web;

import fr.entente.document.query.DocumentView;
import fr.entente.document.query.FindFolderDocumentsQuery;
import fr.entente.document.query.FindSpaceFoldersQuery;
import fr.entente.document.query.FolderView;
import com.mongodb.client.MongoDatabase;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.query.BodyMemberView;
import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.CooperationSummary;
import fr.entente.cooperation.query.CooperationView;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.cooperation.query.FindCooperationQuery;
import fr.entente.cooperation.query.FindCooperationsQuery;
import fr.entente.cooperation.query.FindMembershipsQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.forum.query.FindForumThreadQuery;
import fr.entente.forum.query.FindSpaceThreadsQuery;
import fr.entente.forum.query.ThreadSummary;
import fr.entente.forum.query.ThreadView;
import fr.entente.infra.eventstore.MongoEventStorageEngine;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.testing.RunningHub;
import static fr.entente.web.testing.ApiWorld.eventually;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import fr.entente.decision.api.DecisionMode;
import fr.entente.decision.api.DecisionOutcome;
import fr.entente.decision.query.DecisionStatus;
import fr.entente.decision.query.DecisionSummary;
import fr.entente.decision.query.FindBodyDecisionsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a newcomer finds on first start: the three cooperations of the seeds, through the log, demo accounts, the
 * decisions of a technical committee, and the working group's forum threads and documents.
 */
class DemoDataTest {

    private static final String REFERENT_59 = UUID.nameUUIDFromBytes("entente-demo:referent.59".getBytes()).toString();

    @Test
    void loadsTheThreeCooperationsThroughTheLogWithTheirBodiesAndAccountsOnce(@TempDir Path data) throws Exception {
        String database = RunningHub.freshDatabaseName();
        long events;
        try (RunningHub hub = RunningHub.startWithDemoData(data, database)) {
            QueryGateway queries = hub.bean(QueryGateway.class);
            List<CooperationSummary> cooperations = eventually(() -> Optional.of(queries.query(new FindCooperationsQuery(),
                    ResponseTypes.multipleInstancesOf(CooperationSummary.class)).join()).filter(list -> list.size() == 3));
            assertThat(cooperations).extracting(CooperationSummary::cooperationId)
                                    .containsExactlyInAnyOrder("hauts-de-france", "pays-de-la-loire", "bretagne");

            CooperationView hautsDeFrance = eventually(() -> queries.query(new FindCooperationQuery("hauts-de-france"),
                    ResponseTypes.optionalInstanceOf(CooperationView.class)).join());
            assertThat(hautsDeFrance.memberCentres()).extracting(centre -> centre.departmentCode())
                                                     .containsExactly("02", "59", "60", "62", "80");
            assertThat(hautsDeFrance.coordinatingCentre()).hasValueSatisfying(centre -> assertThat(centre.departmentCode()).isEqualTo("59"));

            BodyView workingGroup = eventually(() -> queries.query(new FindBodyQuery("hauts-de-france", "groupe-de-travail"),
                    ResponseTypes.optionalInstanceOf(BodyView.class)).join().filter(body -> body.members().size() == 6));
            assertThat(workingGroup.members()).extracting(BodyMemberView::organisationId)
                                              .containsOnly("cdg-02", "cdg-59", "cdg-60", "cdg-62", "cdg-80");
            assertThat(workingGroup.members()).filteredOn(member -> member.role() == BodyRole.OFFICER).hasSize(1);

            // seed 001: the steering committee is the conference of the five presidents, the technical committee the
            // five directors (not the officer), led by the director of the centre presiding this year
            BodyView steering = eventually(() -> queries.query(new FindBodyQuery("hauts-de-france", "comite-de-pilotage"),
                    ResponseTypes.optionalInstanceOf(BodyView.class)).join().filter(body -> body.members().size() == 5));
            assertThat(steering.members()).extracting(BodyMemberView::organisationId)
                                          .containsExactlyInAnyOrder("cdg-02", "cdg-59", "cdg-60", "cdg-62", "cdg-80");
            BodyView technical = eventually(() -> queries.query(new FindBodyQuery("hauts-de-france", "comite-technique"),
                    ResponseTypes.optionalInstanceOf(BodyView.class)).join().filter(body -> body.members().size() == 5));
            assertThat(technical.members()).extracting(BodyMemberView::organisationId)
                                           .containsExactlyInAnyOrder("cdg-02", "cdg-59", "cdg-60", "cdg-62", "cdg-80");
            assertThat(technical.members()).filteredOn(member -> member.role() == BodyRole.OFFICER).isEmpty();
            assertThat(hautsDeFrance.presidency()).isNotNull();
            String convenorCentre = technical.members().stream().filter(member -> member.role() == BodyRole.CONVENOR)
                                             .findFirst().orElseThrow().organisationId();
            assertThat(hautsDeFrance.presidingCentreIn(2026)).hasValueSatisfying(
                    centre -> assertThat(centre.organisationId()).isEqualTo(convenorCentre));
            assertThat(workingGroup.reportsTo()).containsExactly("comite-technique", "comite-de-pilotage");
            assertThat(technical.reportsTo()).containsExactly("comite-de-pilotage");

            BodyView partnership = eventually(() -> queries.query(new FindBodyQuery("pays-de-la-loire", "copil-partenariat"),
                    ResponseTypes.optionalInstanceOf(BodyView.class)).join().filter(body -> body.members().size() == 5));
            assertThat(partnership.partners()).containsExactlyInAnyOrder("cnfpt", "region-pays-de-la-loire", "framel", "france-travail");

            List<MembershipView> referent = queries.query(new FindMembershipsQuery(REFERENT_59),
                    ResponseTypes.multipleInstancesOf(MembershipView.class)).join();
            assertThat(referent).singleElement().satisfies(membership -> {
                assertThat(membership.cooperationId()).isEqualTo("hauts-de-france");
                assertThat(membership.bodies()).extracting(body -> body.bodyId()).containsExactly("groupe-de-travail");
            });

            // the technical committee of Pays de la Loire: its roadmap adopted and first in its register, an arbitration open
            List<DecisionSummary> decisions = eventually(() -> Optional.of(queries.query(
                    new FindBodyDecisionsQuery("pays-de-la-loire", "comite-technique"),
                    ResponseTypes.multipleInstancesOf(DecisionSummary.class)).join())
                    .filter(list -> list.size() == 2 && list.stream().anyMatch(decision -> decision.reference() != null)));
            assertThat(decisions).filteredOn(decision -> decision.status() == DecisionStatus.CLOSED).singleElement()
                                 .satisfies(roadmap -> {
                                     assertThat(roadmap.outcome()).isEqualTo(DecisionOutcome.ADOPTED);
                                     assertThat(roadmap.reference()).matches("CT-\\d{4}-001");
                                     assertThat(roadmap.centresVoted()).isEqualTo(5);
                                 });
            assertThat(decisions).filteredOn(decision -> decision.status() == DecisionStatus.OPEN).singleElement()
                                 .satisfies(arbitration -> {
                                     assertThat(arbitration.mode()).isEqualTo(DecisionMode.ASYNCHRONOUS);
                                     assertThat(arbitration.votedOrganisations()).containsExactly("cdg-49");
                                 });

            // the working group's forum space: three threads of its members, the flash survey's pinned first
            List<ThreadSummary> threads = eventually(() -> Optional.of(queries.query(
                    new FindSpaceThreadsQuery("espace-hauts-de-france-groupe-de-travail"),
                    ResponseTypes.multipleInstancesOf(ThreadSummary.class)).join()).filter(list -> list.size() == 3));
            assertThat(threads.get(0).title()).startsWith("Enquête flash absentéisme");
            assertThat(threads.get(0).pinned()).isTrue();
            assertThat(threads).extracting(ThreadSummary::title).anyMatch(title -> title.contains("Rapport social unique"))
                               .anyMatch(title -> title.contains("quelle source"));
            assertThat(threads).extracting(ThreadSummary::postCount).containsExactlyInAnyOrder(4, 3, 3);
            assertThat(threads).extracting(ThreadSummary::authorId).doesNotContain(
                    UUID.nameUUIDFromBytes("entente-demo:referent.80".getBytes()).toString());
            ThreadView survey = queries.query(new FindForumThreadQuery(threads.get(0).threadId()),
                                              ResponseTypes.optionalInstanceOf(ThreadView.class)).join().orElseThrow();
            assertThat(survey.posts().get(0).text()).contains("**enquête flash sur l'absentéisme**", "6 février");
            assertThat(survey.posts().get(2).replyToPostId()).isEqualTo(survey.posts().get(1).postId());

            // the working group's documents: three folders, the drafts restricted, a generated PDF in each
            String space = "espace-hauts-de-france-groupe-de-travail";
            List<FolderView> folders = queries.query(new FindSpaceFoldersQuery("hauts-de-france", space),
                    ResponseTypes.multipleInstancesOf(FolderView.class)).join();
            assertThat(folders).extracting(FolderView::name).containsExactly("Brouillons", "Comptes rendus", "Études 2026");
            assertThat(folders.get(0).rights().restricted()).isTrue();
            List<DocumentView> studies = queries.query(new FindFolderDocumentsQuery("hauts-de-france", space,
                    folders.get(2).folderId(), false), ResponseTypes.multipleInstancesOf(DocumentView.class)).join();
            assertThat(studies).singleElement().satisfies(study -> {
                assertThat(study.name()).isEqualTo("Synthèse RSU 2025.pdf");
                assertThat(study.current().file().contentType()).isEqualTo("application/pdf");
            });

            // the three cooperations' roadmaps from the seeds (issue 15): Bretagne's five axes validated by its directors,
            // Hauts-de-France's put to its technical committee, and a study in progress serving one of its actions
            List<fr.entente.roadmap.query.RoadmapView> breton = eventually(() -> Optional.of(queries.query(
                    new fr.entente.roadmap.query.FindRoadmapsQuery("bretagne"),
                    ResponseTypes.multipleInstancesOf(fr.entente.roadmap.query.RoadmapView.class)).join())
                    .filter(list -> list.size() == 1 && list.get(0).stage() == fr.entente.roadmap.api.RoadmapStage.VALIDATED));
            assertThat(breton.get(0).axes()).hasSize(5);
            assertThat(breton.get(0).axes().get(0).actions()).extracting(action -> action.leadCentre())
                                                             .contains("cdg-22", "cdg-29", "cdg-35", "cdg-56");
            assertThat(breton.get(0).validation().reference()).isNotNull();
            assertThat(queries.query(new fr.entente.roadmap.query.FindRoadmapsQuery("pays-de-la-loire"),
                                     ResponseTypes.multipleInstancesOf(fr.entente.roadmap.query.RoadmapView.class)).join())
                    .singleElement().satisfies(roadmap -> assertThat(roadmap.axes()).hasSize(4));
            fr.entente.roadmap.query.RoadmapView observatory = eventually(() -> Optional.of(queries.query(
                    new fr.entente.roadmap.query.FindRoadmapsQuery("hauts-de-france"),
                    ResponseTypes.multipleInstancesOf(fr.entente.roadmap.query.RoadmapView.class)).join())
                    .filter(list -> list.size() == 1 && !list.get(0).axes().get(0).actions().get(3).studyIds().isEmpty())
                    .map(list -> list.get(0)));
            assertThat(observatory.stage()).isEqualTo(fr.entente.roadmap.api.RoadmapStage.UNDER_VALIDATION);
            List<fr.entente.study.query.StudyView> observatoryStudies = queries.query(new fr.entente.study.query.FindStudiesQuery("hauts-de-france"),
                    ResponseTypes.multipleInstancesOf(fr.entente.study.query.StudyView.class)).join();
            assertThat(observatoryStudies).singleElement().satisfies(study -> {
                assertThat(study.stage()).isEqualTo(fr.entente.study.api.StudyStage.IN_PROGRESS);
                assertThat(study.launch().leadCentre()).isEqualTo("cdg-59");
                assertThat(study.progress()).hasSize(1);
            });

            String hash = hub.bean(MongoDatabase.class).getCollection(PersonAccounts.COLLECTION)
                             .find(new org.bson.Document("username", "referent.59")).first().getString("passwordHash");
            assertThat(hub.bean(PasswordEncoder.class).matches("entente-demo-2026", hash)).isTrue();
            events = hub.bean(MongoDatabase.class).getCollection(MongoEventStorageEngine.EVENTS).countDocuments();
            assertThat(hub.bean(MongoDatabase.class).getCollection(MongoEventStorageEngine.EVENTS)
                          .find(new org.bson.Document("metaData.actorId", "system")).first()).isNotNull();
        }

        try (RunningHub hub = RunningHub.startWithDemoData(data, database)) {
            assertThat(hub.bean(MongoDatabase.class).getCollection(MongoEventStorageEngine.EVENTS).countDocuments())
                    .as("a restart loads nothing twice").isEqualTo(events);
        }
    }

}
