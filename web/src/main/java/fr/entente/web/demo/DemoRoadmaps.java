package fr.entente.web.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.entente.decision.api.CastVoteCommand;
import fr.entente.decision.api.CloseDecisionCommand;
import fr.entente.decision.api.Concern;
import fr.entente.decision.api.ConcernKind;
import fr.entente.decision.api.DecisionMode;
import fr.entente.decision.api.OpenDecisionCommand;
import fr.entente.infra.audit.Actor;
import fr.entente.roadmap.api.Axis;
import fr.entente.roadmap.api.LinkStudyToActionCommand;
import fr.entente.roadmap.api.ProposeRoadmapCommand;
import fr.entente.roadmap.api.RoadmapAction;
import fr.entente.roadmap.api.SubmitRoadmapForValidationCommand;
import fr.entente.study.api.DataSource;
import fr.entente.study.api.LaunchStudyCommand;
import fr.entente.study.api.Milestone;
import fr.entente.study.api.ProposeStudyCommand;
import fr.entente.study.api.ReportStudyProgressCommand;
import fr.entente.study.api.StudyStage;
import fr.entente.study.api.SubmitStudyForValidationCommand;
import fr.entente.study.query.FindStudyQuery;
import fr.entente.study.query.StudyView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The demo roadmaps of {@code demo/roadmaps.yml} (the three cooperations', from the seeds' text) and a study in
 * progress (issue 15). Bretagne's roadmap is validated by its directors' committee (a decision voted by e-mail and
 * closed, which the hub takes into the roadmap); Hauts-de-France's is put to its technical committee (the decision is
 * open to vote); Pays de la Loire's is proposed. In Hauts-de-France, "Étude sur l'absentéisme 2025", proposed by the
 * CDG 60 referent, is validated by the technical committee, launched with CDG 59 as lead, has a first progress report
 * and serves an action of the roadmap.
 */
final class DemoRoadmaps {

    private static final Logger log = LoggerFactory.getLogger(DemoRoadmaps.class);
    private static final String RESOURCE = "demo/roadmaps.yml";
    private static final String HDF = "hauts-de-france";

    record Roadmaps(List<Roadmap> roadmaps) {
    }

    record Roadmap(String cooperation, int year, String title, String committee, String lead, List<String> partners,
                   List<DemoAxis> axes) {
    }

    record DemoAxis(String title, List<String> actions) {
    }

    private DemoRoadmaps() {
    }

    static void load(BiConsumer<Actor, Object> send, Map<String, List<String>> centres, QueryGateway queries, Instant now) {
        for (Roadmap roadmap : read().roadmaps()) {
            String roadmapId = id("roadmap:" + roadmap.cooperation() + ":" + roadmap.year());
            Actor system = Actor.system(roadmap.cooperation());
            send.accept(system, new ProposeRoadmapCommand(roadmapId, roadmap.cooperation(), roadmap.year(), roadmap.title(),
                                                          axes(roadmap, centres.get(roadmap.cooperation()))));
            if ("bretagne".equals(roadmap.cooperation())) {
                String decisionId = putToCommittee(send, roadmap, roadmapId, now);
                for (String centre : List.of("22", "29", "35", "56")) {
                    vote(send, roadmap.cooperation(), decisionId, "directeur." + centre, "cdg-" + centre);
                }
                send.accept(system, new CloseDecisionCommand(decisionId));
            } else if (HDF.equals(roadmap.cooperation())) {
                putToCommittee(send, roadmap, roadmapId, now);
            }
        }
        studyInProgress(send, queries, now);
    }

    private static String putToCommittee(BiConsumer<Actor, Object> send, Roadmap roadmap, String roadmapId, Instant now) {
        String decisionId = id("decision:roadmap:" + roadmap.cooperation() + ":" + roadmap.year());
        String body = roadmap.committee() == null ? "comite-technique" : roadmap.committee();
        send.accept(Actor.system(roadmap.cooperation()), new OpenDecisionCommand(
                decisionId, roadmap.cooperation(), body, "Valider la feuille de route " + roadmap.year() + " ?",
                "La feuille de route proposée par le groupe de travail : ses axes et ses actions, chacune avec son chef de file.",
                null, new Concern(ConcernKind.ROADMAP, roadmapId), null, null, DecisionMode.ASYNCHRONOUS,
                now.plus(Duration.ofDays(14)), null, false));
        send.accept(Actor.system(roadmap.cooperation()), new SubmitRoadmapForValidationCommand(roadmapId, decisionId));
        return decisionId;
    }

    /** Each action led by the roadmap's lead, or else by each centre in turn with the next one taking part. */
    private static List<Axis> axes(Roadmap roadmap, List<String> centres) {
        List<Axis> axes = new ArrayList<>();
        int turn = 0;
        for (DemoAxis axis : roadmap.axes()) {
            List<RoadmapAction> actions = new ArrayList<>();
            for (String title : axis.actions()) {
                String lead = roadmap.lead() != null ? roadmap.lead() : centres.get(turn % centres.size());
                List<String> participating = roadmap.lead() != null ? List.of()
                        : List.of(centres.get((turn + 1) % centres.size()));
                actions.add(new RoadmapAction(null, title, lead, participating,
                                              roadmap.partners() == null ? List.of() : roadmap.partners(), List.of(),
                                              List.of(), List.of()));
                turn++;
            }
            axes.add(new Axis(null, axis.title(), actions));
        }
        return axes;
    }

    private static void studyInProgress(BiConsumer<Actor, Object> send, QueryGateway queries, Instant now) {
        String studyId = id("study:absenteisme-2025");
        Actor referent = new Actor(DemoDataLoader.personIdOf("referent.60"), "cdg-60", HDF);
        send.accept(referent, new ProposeStudyCommand(studyId, HDF, "Étude sur l'absentéisme 2025",
                "Quel est l'absentéisme des agents des collectivités des Hauts-de-France en 2025, par motif et par taille de collectivité ?",
                List.of(DataSource.RSU, DataSource.FLASH_SURVEY), List.of("02", "59", "60", "62", "80"), List.of("cdg-60"),
                "Une note de synthèse régionale et une fiche par département", LocalDate.of(2027, 6, 30), null, null, null));
        String decisionId = id("decision:study:absenteisme-2025");
        send.accept(Actor.system(HDF), new OpenDecisionCommand(decisionId, HDF, "comite-technique",
                "Valider l'étude « Étude sur l'absentéisme 2025 » ?", null, null, new Concern(ConcernKind.STUDY, studyId),
                null, null, DecisionMode.ASYNCHRONOUS, now.plus(Duration.ofDays(7)), null, false));
        send.accept(Actor.system(HDF), new SubmitStudyForValidationCommand(studyId, decisionId));
        for (String centre : List.of("02", "59", "60", "62", "80")) {
            vote(send, HDF, decisionId, "directeur." + centre, "cdg-" + centre);
        }
        send.accept(Actor.system(HDF), new CloseDecisionCommand(decisionId));
        if (!validated(queries, studyId)) {
            log.warn("The demo study was not validated in time: it stays under validation");
            return;
        }
        send.accept(Actor.system(HDF), new LaunchStudyCommand(studyId, "cdg-59", List.of("cdg-60", "cdg-62"), List.of(
                new Milestone(null, "Questionnaire flash envoyé aux collectivités", LocalDate.of(2027, 2, 15)),
                new Milestone(null, "Exploitation des RSU 2025", LocalDate.of(2027, 4, 30)),
                new Milestone(null, "Note de synthèse au comité technique", LocalDate.of(2027, 6, 30)))));
        send.accept(new Actor(DemoDataLoader.personIdOf("officer.59"), "cdg-59", HDF),
                    new ReportStudyProgressCommand(studyId, "Questionnaire validé par le groupe de travail ; envoi prévu en février.",
                                                   "etape-1"));
        send.accept(Actor.system(HDF), new LinkStudyToActionCommand(id("roadmap:" + HDF + ":2026"), "action-1-4", studyId));
    }

    /** The study validated once the hub took the committee's decision into it (a moment after the close). */
    private static boolean validated(QueryGateway queries, String studyId) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            boolean done = queries.query(new FindStudyQuery(studyId), ResponseTypes.optionalInstanceOf(StudyView.class)).join()
                                  .filter(study -> study.stage() == StudyStage.VALIDATED).isPresent();
            if (done) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static void vote(BiConsumer<Actor, Object> send, String cooperationId, String decisionId, String username,
                             String centre) {
        send.accept(new Actor(DemoDataLoader.personIdOf(username), centre, cooperationId), new CastVoteCommand(decisionId, "pour"));
    }

    private static String id(String name) {
        return UUID.nameUUIDFromBytes(("entente-demo:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Roadmaps read() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream input = new ClassPathResource(RESOURCE).getInputStream()) {
            return yaml.readValue(input, Roadmaps.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
