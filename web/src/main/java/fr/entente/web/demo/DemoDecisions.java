package fr.entente.web.demo;

import fr.entente.decision.api.CastVoteCommand;
import fr.entente.decision.api.CloseDecisionCommand;
import fr.entente.decision.api.Concern;
import fr.entente.decision.api.ConcernKind;
import fr.entente.decision.api.DecisionMode;
import fr.entente.decision.api.OpenDecisionCommand;
import fr.entente.infra.audit.Actor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The demo's decisions, in the technical committee of Pays de la Loire (the Hauts-de-France committee's register holds
 * only the study and roadmap validations of {@link DemoRoadmaps}): the year's roadmap, voted at a meeting and closed, adopted, first of the
 * register; and an arbitration by e-mail still open, on disseminating a study beyond the member centres, which one
 * centre has answered. Identifiers stable across machines, like the accounts'.
 */
final class DemoDecisions {

    static final String COOPERATION = "pays-de-la-loire";
    private static final String BODY = "comite-technique";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private DemoDecisions() {
    }

    static void load(BiConsumer<Actor, Object> send, Instant now) {
        Actor system = Actor.system(COOPERATION);
        String roadmap = id("feuille-de-route");
        send.accept(system, new OpenDecisionCommand(roadmap, COOPERATION, BODY,
                "Valider la feuille de route de l'observatoire pour " + now.atZone(PARIS).getYear() + " ?",
                """
                La feuille de route reprend les **quatre axes** de la convention : \
                rapport social unique, absentéisme, emploi territorial, concours.""",
                List.of(), new Concern(ConcernKind.ROADMAP, null), null, null, DecisionMode.LIVE, null, null, false));
        vote(send, roadmap, "directeur.44", "cdg-44", "pour");
        vote(send, roadmap, "directeur.49", "cdg-49", "pour");
        vote(send, roadmap, "directeur.53", "cdg-53", "pour");
        vote(send, roadmap, "directeur.72", "cdg-72", "abstention");
        vote(send, roadmap, "directeur.85", "cdg-85", "contre");
        send.accept(system, new CloseDecisionCommand(roadmap));

        String dissemination = id("diffusion-etude-effectifs");
        send.accept(system, new OpenDecisionCommand(dissemination, COOPERATION, BODY,
                "Diffuser l'étude sur les effectifs 2025 à la Région et au CNFPT ?",
                "Le groupe de travail propose de transmettre l'étude avant sa publication. Répondez avant l'échéance.",
                List.of(), new Concern(ConcernKind.STUDY, "etude-effectifs-2025"), null, null,
                DecisionMode.ASYNCHRONOUS, now.plus(Duration.ofDays(10)), null, false));
        vote(send, dissemination, "directeur.49", "cdg-49", "pour");
    }

    private static void vote(BiConsumer<Actor, Object> send, String decisionId, String username, String centre,
                             String option) {
        send.accept(new Actor(DemoDataLoader.personIdOf(username), centre, COOPERATION),
                    new CastVoteCommand(decisionId, option));
    }

    private static String id(String name) {
        return UUID.nameUUIDFromBytes(("entente-demo:decision:" + name).getBytes(StandardCharsets.UTF_8))
                   .toString();
    }
}
