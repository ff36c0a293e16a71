package fr.entente.web.study;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.study.api.StudyRoster;
import fr.entente.web.decision.CommitteeAtWork;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The studies' test world: a working group of its own (officer.ct as its officer, a referent of CDG 60 as member) whose
 * meetings studies come from, and the technical committee of the decisions' tests (two directors) that validates and
 * arbitrates them. Seated once per world.
 */
final class StudyCorner {

    static final String WORKING_GROUP = "gt-etudes-pages";
    static final String COMMITTEE = "ct-decisions";
    static final String A = "/api/cooperations/" + HDF;
    static final String PAGES = "/cooperations/" + HDF + "/etudes";
    static final ApiWorld.Person OFFICER = new ApiWorld.Person("person-officer-ct", "officier.ct");
    static final ApiWorld.Person DIRECTOR_59 = new ApiWorld.Person("person-director-59-ct", "directeur59.ct");
    static final ApiWorld.Person DIRECTOR_60 = new ApiWorld.Person("person-director-60-ct", "directrice60.ct");
    static final ApiWorld.Person REFERENT_60 = new ApiWorld.Person("person-colleague-60-ct", "collegue60.ct");

    private static final Set<ApiWorld> SEATED = Collections.newSetFromMap(new IdentityHashMap<>());
    private static final AtomicInteger DAYS = new AtomicInteger();

    private StudyCorner() {
    }

    static synchronized void seat(ApiWorld world) {
        if (SEATED.contains(world)) {
            return;
        }
        CommitteeAtWork.seat(world);
        world.asSystem(HDF, new CreateBodyCommand(HDF, WORKING_GROUP, BodyKind.WORKING_GROUP, "Groupe de travail de l'observatoire"));
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, WORKING_GROUP, OFFICER.personId(), BodyRole.OFFICER));
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, WORKING_GROUP, REFERENT_60.personId(), BodyRole.MEMBER));
        StudyRoster roster = world.bean(StudyRoster.class);
        eventually(() -> Optional.of(roster.managesStudies(HDF, OFFICER.personId())
                                     && roster.sitsInWorkingGroup(HDF, REFERENT_60.personId())).filter(seated -> seated));
        fr.entente.document.api.DocumentAccess documents = world.bean(fr.entente.document.api.DocumentAccess.class);
        String space = fr.entente.forum.api.SpaceIds.ofBody(HDF, WORKING_GROUP);
        eventually(() -> Optional.of(documents.of(HDF, space, null, OFFICER.personId()))
                                 .filter(access -> access.name().equals("MANAGE")));
        SEATED.add(world);
    }

    /** A meeting of the working group, scheduled by its officer. */
    static String meeting(ApiClient officer, String title) {
        Response response = officer.post(A + "/bodies/" + WORKING_GROUP + "/meetings", """
                {"title":"%s","date":"%s","startTime":"14:00","endTime":"16:30","place":"CDG du Nord"}"""
                .formatted(title, LocalDate.of(2027, 3, 1).plusDays(DAYS.getAndIncrement())));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("meetingId").asText();
    }

    /** An agenda request of the referent at that meeting: its id. */
    static String request(ApiClient referent, String meetingId, String title, String description) {
        Response response = referent.post(A + "/meetings/" + meetingId + "/agenda/requests", """
                {"title":"%s","purpose":"DECISION","description":"%s"}""".formatted(title, description));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("requestId").asText();
    }

    /** Both directors vote this option and the officer closes: the study takes the outcome once numbered. */
    static void voteAndClose(ApiWorld world, String decisionId, String option) {
        ApiClient officer = world.signedIn(OFFICER);
        String decision = A + "/decisions/" + decisionId;
        eventually(() -> Optional.of(officer.get(decision)).filter(response -> response.status() == 200));
        expect(world.signedIn(DIRECTOR_59).post(decision + "/votes", "{\"option\":\"" + option + "\"}"), 200);
        expect(world.signedIn(DIRECTOR_60).post(decision + "/votes", "{\"option\":\"" + option + "\"}"), 200);
        eventually(() -> Optional.of(officer.get(decision).json())
                                 .filter(view -> view.path("decision").path("votes").size() == 2));
        expect(officer.post(decision + "/close", ""), 204);
    }

    static String committee() {
        return "{\"bodyId\":\"" + COMMITTEE + "\",\"deadline\":\"" + Instant.now().plus(Duration.ofHours(2)) + "\"}";
    }

    /** The study once its read model shows this stage. */
    static JsonNode awaitStage(ApiClient client, String studyId, String stage) {
        return eventually(() -> Optional.of(client.get(A + "/studies/" + studyId)).filter(response -> response.status() == 200)
                                        .map(Response::json).filter(view -> view.path("stage").asText().equals(stage)));
    }

    static void expect(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }
}
