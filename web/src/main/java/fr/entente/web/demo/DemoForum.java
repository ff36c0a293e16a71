package fr.entente.web.demo;

import fr.entente.forum.api.Mentions;
import fr.entente.forum.api.PinThreadCommand;
import fr.entente.forum.api.ReactToPostCommand;
import fr.entente.forum.api.Reaction;
import fr.entente.forum.api.SpaceIds;
import fr.entente.forum.api.StartThreadCommand;
import fr.entente.forum.api.WritePostCommand;
import fr.entente.infra.audit.Actor;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The demo's forum: three threads in the space of the Hauts-de-France working group, written by its members as they
 * would between two meetings: the launch of the flash survey on absenteeism (pinned by the officer), the calendar of
 * the social report (RSU) campaign, and a question on data sources for retirements. Nobody is mentioned and
 * referent.80 writes nothing, so that their bell starts where the browser tests expect it. Identifiers stable across
 * machines, like the accounts'.
 */
final class DemoForum {

    static final String COOPERATION = "hauts-de-france";
    static final String SPACE = SpaceIds.ofBody(COOPERATION, "groupe-de-travail");
    /** Who writes: each must sit in the space before the threads are sent. */
    static final List<String> AUTHORS = List.of("officer.59", "referent.59", "referent.02", "referent.60", "referent.62");

    private static final String ABSENTEEISM = id("thread:enquete-flash-absenteisme");
    private static final String SOCIAL_REPORT = id("thread:calendrier-rsu");
    private static final String SOURCES = id("thread:sources-departs-retraite");

    private DemoForum() {
    }

    static void load(BiConsumer<Actor, Object> send) {
        absenteeismSurvey(send);
        socialReportCalendar(send);
        retirementSources(send);
    }

    private static void absenteeismSurvey(BiConsumer<Actor, Object> send) {
        String first = id("post:absenteisme-1");
        start(send, "officer.59", "cdg-59", ABSENTEEISM, first, "Enquête flash absentéisme 2026 : lancement et calendrier", """
                Bonjour à toutes et à tous,

                Comme convenu en réunion, nous lançons l'**enquête flash sur l'absentéisme** auprès des collectivités \
                affiliées. Elle porte sur l'année 2025 : maladie ordinaire, longue maladie, accidents de service.

                - envoi du questionnaire aux collectivités : **lundi 12 janvier** ;
                - relance : lundi 26 janvier ;
                - clôture de la collecte : **vendredi 6 février** ;
                - restitution au comité technique : mars.

                Chaque centre relaie auprès de ses collectivités ; le questionnaire est le même dans les cinq \
                départements, pour que les résultats soient comparables.""");
        send.accept(actor("officer.59", "cdg-59"), new PinThreadCommand(ABSENTEEISM, true));
        String question = id("post:absenteisme-2");
        write(send, "referent.62", "cdg-62", ABSENTEEISM, question, null, """
                Pour le Pas-de-Calais, nous joindrons le questionnaire à la lettre d'information du 12 janvier. \
                Faut-il inclure les communes de moins de 10 agents ? Elles répondent peu, mais elles sont nombreuses \
                chez nous.""");
        String answer = id("post:absenteisme-3");
        write(send, "officer.59", "cdg-59", ABSENTEEISM, answer, question, """
                Oui, incluez-les : le questionnaire court (6 questions) est prévu pour elles. Nous redresserons les \
                résultats par strate de taille, comme pour l'enquête 2024.""");
        react(send, "referent.62", "cdg-62", ABSENTEEISM, answer, Reaction.THANKS);
        write(send, "referent.02", "cdg-02", ABSENTEEISM, id("post:absenteisme-4"), null, """
                Même chose pour l'Aisne. Nous avons mis à jour les contacts RH des collectivités en décembre : le taux \
                de retour devrait être meilleur que l'an dernier.""");
        react(send, "referent.59", "cdg-59", ABSENTEEISM, first, Reaction.LIKE);
    }

    private static void socialReportCalendar(BiConsumer<Actor, Object> send) {
        start(send, "referent.59", "cdg-59", SOCIAL_REPORT, id("post:rsu-1"), "Rapport social unique 2025 : calendrier de la campagne", """
                Voici le calendrier proposé pour la campagne **RSU 2025** (données au 31 décembre 2025) :

                | étape | date |
                |---|---|
                | ouverture de la plateforme de saisie | 2 mars 2026 |
                | webinaire d'accompagnement des collectivités | 12 mars 2026 |
                | date limite de saisie | 30 juin 2026 |
                | contrôles de cohérence par les centres | juillet à septembre 2026 |
                | synthèse régionale au comité technique | novembre 2026 |

                Dites-moi d'ici la prochaine réunion si ces dates posent problème dans vos départements.""");
        String tight = id("post:rsu-2");
        write(send, "referent.60", "cdg-60", SOCIAL_REPORT, tight, null, """
                Le 30 juin est tendu pour l'Oise : beaucoup de collectivités saisissent au dernier moment, et nos \
                contrôles commencent en juillet. Pourrait-on prévoir une relance groupée début juin ?""");
        String agreed = id("post:rsu-3");
        write(send, "referent.59", "cdg-59", SOCIAL_REPORT, agreed, tight, """
                Bonne idée : je l'ajoute au calendrier (relance le **2 juin**) et je mets le point à l'ordre du jour de \
                la prochaine réunion.""");
        react(send, "referent.60", "cdg-60", SOCIAL_REPORT, agreed, Reaction.AGREED);
    }

    private static void retirementSources(BiConsumer<Actor, Object> send) {
        start(send, "referent.62", "cdg-62", SOURCES, id("post:sources-1"), "Question : quelle source pour les départs à la retraite d'ici 2030 ?", """
                Pour l'étude sur la pyramide des âges, nous hésitons entre deux sources pour estimer les départs à la \
                retraite d'ici 2030 : les données sociales du **RSU** (âge et statut des agents) ou les projections de \
                la **CNRACL**. Quelqu'un a-t-il déjà comparé les deux ?""");
        String method = id("post:sources-2");
        write(send, "officer.59", "cdg-59", SOURCES, method, null, """
                Le RSU donne l'âge mais pas la date de départ prévue : nous l'avons utilisé en 2024 avec une hypothèse \
                de départ à 64 ans, croisée avec les déclarations de vacance d'emploi (emploi territorial). Les \
                projections de la CNRACL ne couvrent que les fonctionnaires affiliés : les contractuels n'y sont pas.""");
        react(send, "referent.60", "cdg-60", SOURCES, method, Reaction.IDEA);
        write(send, "referent.62", "cdg-62", SOURCES, id("post:sources-3"), method, """
                Merci, c'est clair : nous partons sur le RSU, avec la même hypothèse, pour que les résultats restent \
                comparables entre départements.""");
    }

    private static void start(BiConsumer<Actor, Object> send, String username, String centre, String threadId,
                              String postId, String title, String text) {
        send.accept(actor(username, centre),
                    new StartThreadCommand(threadId, COOPERATION, SPACE, postId, title, text, null, Mentions.NONE));
    }

    private static void write(BiConsumer<Actor, Object> send, String username, String centre, String threadId,
                              String postId, String replyTo, String text) {
        send.accept(actor(username, centre), new WritePostCommand(threadId, postId, text, replyTo, null, Mentions.NONE));
    }

    private static void react(BiConsumer<Actor, Object> send, String username, String centre, String threadId,
                              String postId, Reaction reaction) {
        send.accept(actor(username, centre), new ReactToPostCommand(threadId, postId, reaction));
    }

    private static Actor actor(String username, String centre) {
        return new Actor(DemoDataLoader.personIdOf(username), centre, COOPERATION);
    }

    static String id(String name) {
        return UUID.nameUUIDFromBytes(("entente-demo:forum:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
