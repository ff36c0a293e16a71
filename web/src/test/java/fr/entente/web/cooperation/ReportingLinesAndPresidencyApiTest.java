package fr.entente.web.cooperation;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.CODIR;
import static fr.entente.web.testing.ApiWorld.COPIL;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory knows which body reports to which (seed 001, art. 3) and who presides the cooperation each year
 * (art. 3.2): set by an administrator through the API, shown by the directory, refused with a clear answer when
 * wrong, nothing stored then.
 */
@ExtendWith(SharedApiWorld.class)
class ReportingLinesAndPresidencyApiTest {

    private static final String A = "/api/cooperations/" + HDF;

    @Test
    void anAdministratorDrawsAndErasesReportingLinesThatTheDirectoryShows(ApiWorld world) {
        ApiClient administrator = world.signedIn(ADMIN_HDF);
        assertThat(administrator.post(A + "/bodies", "{\"bodyId\":\"gt-rapports\",\"kind\":\"WORKING_GROUP\"}").status())
                .isEqualTo(201);

        Response drawn = administrator.post(A + "/bodies/gt-rapports/reporting-lines", "{\"reportsToBodyId\":\"" + CODIR + "\"}");
        assertThat(drawn.status()).as(drawn.toString()).isEqualTo(201);
        assertThat(drawn.json().path("reportsToBodyId").asText()).isEqualTo(CODIR);
        JsonNode group = eventually(() -> Optional.of(administrator.get(A + "/bodies/gt-rapports").json())
                .filter(body -> body.path("reportsTo").size() == 1));
        assertThat(group.path("reportsTo").get(0).path("bodyId").asText()).isEqualTo(CODIR);
        assertThat(administrator.get(A + "/bodies/" + CODIR).json().path("reportedBy").findValuesAsText("bodyId"))
                .contains("gt-rapports");

        long before = world.eventCount();
        Response cycle = administrator.post(A + "/bodies/" + CODIR + "/reporting-lines", "{\"reportsToBodyId\":\"gt-rapports\"}");
        assertThat(cycle.status()).isEqualTo(409);
        assertThat(cycle.json().path("code").asText()).isEqualTo("cooperation.reporting-cycle");
        assertThat(cycle.json().path("field").asText()).isEqualTo("reportsToBodyId");
        assertThat(cycle.json().path("detail").asText()).contains("« gt-rapports » rend déjà compte");
        Response blank = administrator.post(A + "/bodies/gt-rapports/reporting-lines", "{\"reportsToBodyId\":\" \"}");
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.json().toString()).contains("reportsToBodyId", "rend compte");
        Response notAdministrator = world.signedIn(MEMBER_HDF)
                                         .post(A + "/bodies/gt-rapports/reporting-lines", "{\"reportsToBodyId\":\"" + COPIL + "\"}");
        assertThat(notAdministrator.status()).isEqualTo(403);
        assertThat(world.eventCount()).as("nothing stored after a refusal").isEqualTo(before);

        assertThat(administrator.delete(A + "/bodies/gt-rapports/reporting-lines/" + CODIR).status()).isEqualTo(204);
        eventually(() -> Optional.of(administrator.get(A + "/bodies/gt-rapports").json())
                .filter(body -> body.path("reportsTo").isEmpty()));
        Response again = administrator.delete(A + "/bodies/gt-rapports/reporting-lines/" + CODIR);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().path("code").asText()).isEqualTo("cooperation.reporting-line-unknown");
    }

    @Test
    void theDirectoryTellsWhichCentrePresidesThisYear(ApiWorld world) {
        ApiClient administrator = world.signedIn(ADMIN_HDF);
        List<String> centres = new ArrayList<>(administrator.get(A).json().path("memberCentres").findValuesAsText("departmentCode"));
        Collections.reverse(centres);
        int thisYear = Year.now(ZoneId.of("Europe/Paris")).getValue();
        String rotation = "[\"" + String.join("\",\"", centres) + "\"]";

        long before = world.eventCount();
        Response incomplete = administrator.put(A + "/presidency", "{\"firstYear\":" + thisYear + ",\"departmentCodes\":[\"" + centres.get(0) + "\"]}");
        assertThat(incomplete.status()).isEqualTo(409);
        assertThat(incomplete.json().path("code").asText()).isEqualTo("cooperation.presidency-rotation-incomplete");
        assertThat(incomplete.json().path("detail").asText()).contains(centres.get(1));
        Response noYear = administrator.put(A + "/presidency", "{\"departmentCodes\":" + rotation + "}");
        assertThat(noYear.status()).isEqualTo(422);
        assertThat(noYear.json().toString()).contains("firstYear");
        Response farYear = administrator.put(A + "/presidency", "{\"firstYear\":20026,\"departmentCodes\":" + rotation + "}");
        assertThat(farYear.status()).isEqualTo(422);
        assertThat(farYear.json().path("detail").asText()).contains("20026", "2000", "2100").doesNotContain("20 026");
        assertThat(world.eventCount()).isEqualTo(before);

        Response set = administrator.put(A + "/presidency", "{\"firstYear\":" + (thisYear - 1) + ",\"departmentCodes\":" + rotation + "}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        JsonNode directory = eventually(() -> Optional.of(administrator.get(A).json())
                .filter(shown -> shown.path("presidency").path("firstYear").asInt() == thisYear - 1));
        List<String> shown = new ArrayList<>();
        directory.path("presidency").path("departmentCodes").forEach(code -> shown.add(code.asText()));
        assertThat(shown).isEqualTo(centres);
        assertThat(directory.path("presidingCentre").asText()).as("the second of the rotation, a year on").isEqualTo(centres.get(1));
    }
}
