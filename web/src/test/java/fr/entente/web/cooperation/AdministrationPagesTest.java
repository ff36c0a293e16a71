package fr.entente.web.cooperation;

import fr.entente.cooperation.api.CooperationLimits;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.RunningHub;
import fr.entente.web.testing.SignedInSession;
import fr.entente.web.validation.AccountLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administration page's forms and the body page, through the running hub with its demo data, as a browser
 * without JavaScript uses them: each form's success (confirmation, then the directory shows it), its refusals
 * (back to the page, the message next to the form, what was typed kept, nothing changed), and who may use it.
 */
class AdministrationPagesTest {

    private static final String PASSWORD = "entente-demo-2026";
    private static final String ADMIN_PAGE = "/cooperations/hauts-de-france/administration";
    private static final String DIRECTORY = "/cooperations/hauts-de-france";

    @TempDir
    static Path data;

    private static RunningHub hub;
    private static SignedInSession administrator;
    private static SignedInSession referent;
    private static SignedInSession bretonAdministrator;

    @BeforeAll
    static void start() throws Exception {
        hub = RunningHub.startWithDemoData(data, RunningHub.freshDatabaseName());
        administrator = SignedInSession.signIn(hub.port(), "admin.hdf", PASSWORD);
        referent = SignedInSession.signIn(hub.port(), "referent.59", PASSWORD);
        bretonAdministrator = SignedInSession.signIn(hub.port(), "admin.bzh", PASSWORD);
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void listsEveryPersonOfTheCooperationWithTheirAdministration() throws Exception {
        HttpResponse<String> page = administrator.get(ADMIN_PAGE);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Personnes de la coopération", "Directeur·rice du CDG 62",
                                         "Référent·e de la Somme (CDG 80)", "administre la coopération",
                                         "Nommer administrateur : Référent·e du Nord (CDG 59)")
                               .doesNotContain("Pays de la Loire", "Référent·e de la Vendée");
    }

    @Test
    void addsAMemberCentreThenRefusesItsDepartmentCodeAgainKeepingWhatWasTyped() throws Exception {
        HttpResponse<String> added = submit("/centres", Map.of("departmentCode", "75", "name", "Centre interdépartemental de Paris"));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(followed(added)).contains("Le centre « Centre interdépartemental de Paris » (département 75) est membre");
        directoryEventuallyShows("Centre interdépartemental de Paris");

        HttpResponse<String> again = submit("/centres", Map.of("departmentCode", "75", "name", "Un autre centre"));
        String againPage = administrator.refusedAt(ADMIN_PAGE, again);
        assertThat(againPage).contains("role=\"alert\"", "75", "value=\"Un autre centre\"", "aria-invalid=\"true\"");
        assertThat(administrator.get(DIRECTORY).body()).doesNotContain("Un autre centre");
    }

    @Test
    void refusesABlankCentreNameWithTheFieldsMessage() throws Exception {
        HttpResponse<String> refused = submit("/centres", Map.of("departmentCode", "77", "name", " "));

        String refusedPage = administrator.refusedAt(ADMIN_PAGE, refused);
        assertThat(refusedPage).contains("Donnez le nom du centre", "id=\"centre-nom-erreur\"", "value=\"77\"");
    }

    @Test
    void limitsEachFieldToWhatTheServerAccepts() throws Exception {
        String page = administrator.get(ADMIN_PAGE).body();

        assertThat(maxLength(page, "centre-nom")).isEqualTo(CooperationLimits.NAME);
        assertThat(maxLength(page, "partenaire-id")).isEqualTo(CooperationLimits.ORGANISATION_ID);
        assertThat(maxLength(page, "instance-id")).isEqualTo(CooperationLimits.BODY_ID);
        assertThat(maxLength(page, "invitation-email")).isEqualTo(AccountLimits.EMAIL);
    }

    @Test
    void showsARefusedFormInEnglishToAPersonWhoChoseEnglish() throws Exception {
        SignedInSession english = SignedInSession.signIn(hub.port(), "admin.hdf", PASSWORD).choosingLanguage("en");

        HttpResponse<String> blank = english.postForm(ADMIN_PAGE, ADMIN_PAGE + "/centres",
                                                      Map.of("departmentCode", "78", "name", " "));
        assertThat(english.refusedAt(ADMIN_PAGE, blank)).contains("s name, for example", "id=\"centre-nom-erreur\"")
                                .doesNotContain("Donnez le nom du centre");

        HttpResponse<String> taken = english.postForm(ADMIN_PAGE, ADMIN_PAGE + "/centres",
                                                      Map.of("departmentCode", "59", "name", "Un second Nord"));
        assertThat(english.refusedAt(ADMIN_PAGE, taken)).contains("Department 59 already has its centre in this cooperation")
                                .doesNotContain("a déjà son centre");
    }

    @Test
    void showsARefusedFormInFrenchByDefault() throws Exception {
        HttpResponse<String> taken = submit("/centres", Map.of("departmentCode", "59", "name", "Un second Nord"));

        assertThat(administrator.refusedAt(ADMIN_PAGE, taken)).contains("Le département 59 a déjà son centre dans cette coopération");
    }

    @Test
    void addsAPartnerNamesItToANewBodyAndSeatsOneOfItsPeople() throws Exception {
        assertThat(submit("/partenaires", Map.of("organisationId", "france-travail", "name", "France Travail Hauts-de-France"))
                .statusCode()).isEqualTo(302);
        HttpResponse<String> created = submit("/instances", Map.of("kind", "OTHER", "name", "Comité emploi-formation",
                                                                   "bodyId", "comite-emploi"));
        assertThat(followed(created)).contains("L’instance « Comité emploi-formation » est créée.");
        directoryEventuallyShows("Comité emploi-formation");

        HttpResponse<String> named = submit("/instances/partenaires", Map.of("bodyId", "comite-emploi", "organisationId", "france-travail"));
        assertThat(followed(named)).contains("Le partenaire france-travail est nommé dans « Comité emploi-formation »");
        ApiWorld.eventually(() -> body("comite-emploi").filter(body -> body.contains("Partenaires nommés : France Travail")));
    }

    @Test
    void refusesABodyIdentifierWithCapitals() throws Exception {
        HttpResponse<String> refused = submit("/instances", Map.of("kind", "WORKING_GROUP", "name", "GT RH", "bodyId", "GT-RH"));

        String refusedPage = administrator.refusedAt(ADMIN_PAGE, refused);
        assertThat(refusedPage).contains("minuscules sans accent", "value=\"GT RH\"");
    }

    @Test
    void seatsChangesTheRoleOfAndRemovesAMemberOfABody() throws Exception {
        String referent02 = personId("referent.02");
        assertThat(submit("/membres", Map.of("bodyId", "comite-technique", "personId", referent02, "role", "MEMBER"))
                .statusCode()).isEqualTo(302);
        ApiWorld.eventually(() -> body("comite-technique").filter(body -> body.contains("Référent·e de l&#39;Aisne")));

        HttpResponse<String> changed = submit("/membres/role", Map.of("bodyId", "comite-technique", "personId", referent02, "role", "OFFICER"));
        assertThat(followed(changed)).contains("Référent·e de l’Aisne (CDG 02) est désormais chargé·e de mission de « Comité technique (CODIR) »"
                                                       .replace("l’Aisne", "l&#39;Aisne"));

        HttpResponse<String> removed = submit("/membres/retrait", Map.of("bodyId", "comite-technique", "personId", referent02));
        assertThat(followed(removed)).contains("ne siège plus dans « Comité technique (CODIR) »");
        ApiWorld.eventually(() -> body("comite-technique").filter(body -> !body.contains("Référent·e de l&#39;Aisne")));
    }

    @Test
    void refusesToSeatSomeoneWithoutABodyOrTwice() throws Exception {
        HttpResponse<String> noBody = submit("/membres", Map.of("bodyId", "", "personId", personId("referent.60"), "role", "MEMBER"));
        String noBodyPage = administrator.refusedAt(ADMIN_PAGE, noBody);
        assertThat(noBodyPage).contains("Choisissez l’instance où ajouter la personne.");

        HttpResponse<String> twice = submit("/membres", Map.of("bodyId", "groupe-de-travail", "personId", personId("referent.60"),
                                                              "role", "MEMBER"));
        String twicePage = administrator.refusedAt(ADMIN_PAGE, twice);
        assertThat(twicePage).contains("role=\"alert\"", "id=\"membre-personne-erreur\"");
    }

    @Test
    void appointsThenRevokesAnAdministratorButNeverTheLastOne() throws Exception {
        String director = personId("directeur.80");
        assertThat(followed(submit("/administrateurs", Map.of("personId", director))))
                .contains("Directeur·rice du CDG 80 administre désormais la coopération.");
        ApiWorld.eventually(() -> page(DIRECTORY).filter(body -> body.contains("Directeur·rice du CDG 80</li>")));
        assertThat(followed(submit("/administrateurs/retrait", Map.of("personId", director))))
                .contains("Directeur·rice du CDG 80 n’administre plus la coopération.");
        ApiWorld.eventually(() -> page(DIRECTORY).filter(body -> !body.contains("Directeur·rice du CDG 80</li>")));

        HttpResponse<String> last = submit("/administrateurs/retrait", Map.of("personId", personId("admin.hdf")));
        String lastPage = administrator.refusedAt(ADMIN_PAGE, last);
        assertThat(lastPage).contains("role=\"alert\"", "administrat");
        assertThat(administrator.get(ADMIN_PAGE).statusCode()).isEqualTo(200);
    }

    @Test
    void removesAPersonFromTheCooperation() throws Exception {
        String president = personId("president.02");
        String asked = followed(submit("/personnes/retrait", Map.of("personId", president)));
        assertThat(asked).as("removing cannot be undone: a page of its own asks first").contains("Cette action ne peut pas être annulée", "Président·e du CDG 02",
                                          "name=\"confirme\" value=\"oui\"", "id=\"annuler\"");
        assertThat(page(ADMIN_PAGE).orElseThrow()).as("nothing done yet").contains("Président·e du CDG 02");
        HttpResponse<String> removed = submit("/personnes/retrait", Map.of("personId", president, "confirme", "oui"));

        assertThat(followed(removed)).contains("Président·e du CDG 02 ne fait plus partie de la coopération");
        ApiWorld.eventually(() -> page(ADMIN_PAGE).filter(body -> !body.contains("Président·e du CDG 02")));
    }

    @Test
    void aMemberWhoDoesNotAdministerIsRefusedEveryFormAndChangesNothing() throws Exception {
        HttpResponse<String> refused = referent.postForm("/", ADMIN_PAGE + "/centres", Map.of("departmentCode", "76", "name", "Seine-Maritime"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(administrator.get(DIRECTORY).body()).doesNotContain("Seine-Maritime");
    }

    @Test
    void theAdministratorOfAnotherCooperationGetsNotFound() throws Exception {
        HttpResponse<String> refused = bretonAdministrator.postForm("/", ADMIN_PAGE + "/partenaires",
                                                                    Map.of("organisationId", "intrus", "name", "Intrus"));

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("Hauts-de-France");
    }

    @Test
    void theBodyPageShowsItsMembersToItsCooperationOnly() throws Exception {
        HttpResponse<String> page = referent.get("/cooperations/hauts-de-france/instances/groupe-de-travail");
        HttpResponse<String> elsewhere = referent.get("/cooperations/pays-de-la-loire/instances/groupe-de-travail");
        HttpResponse<String> none = referent.get("/cooperations/hauts-de-france/instances/nulle-part");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Groupe de travail de l", "Chargé·e de mission de l", "chargé·e de mission",
                                         "Référent·e de la Somme (CDG 80)", "\"topic\":\"cooperation/hauts-de-france/body/groupe-de-travail\"",
                                         "/js/instance.js");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(none.statusCode()).isEqualTo(404);
    }

    @Test
    void thePeopleOfACooperationAreListedByTheApiToItsAdministratorsOnly() throws Exception {
        HttpResponse<String> listed = administrator.get("/api/cooperations/hauts-de-france/people");

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("\"displayName\":\"Référent·e du Nord (CDG 59)\"", "\"organisationId\":\"cdg-59\"",
                                           "\"bodyId\":\"groupe-de-travail\"");
        assertThat(referent.get("/api/cooperations/hauts-de-france/people").statusCode()).isEqualTo(403);
        assertThat(bretonAdministrator.get("/api/cooperations/hauts-de-france/people").statusCode()).isEqualTo(404);
    }

    /** The {@code maxlength} of the field of this id on the page. */
    private static int maxLength(String page, String id) {
        Matcher field = Pattern.compile("<(?:input|textarea)[^>]*\\bid=\"" + id + "\"[^>]*>").matcher(page);
        assertThat(field.find()).as("a field " + id).isTrue();
        Matcher maxLength = Pattern.compile("maxlength=\"(\\d+)\"").matcher(field.group());
        assertThat(maxLength.find()).as("the maxlength of " + id).isTrue();
        return Integer.parseInt(maxLength.group(1));
    }

    private static HttpResponse<String> submit(String form, Map<String, String> fields) throws IOException, InterruptedException {
        return administrator.postForm(ADMIN_PAGE, ADMIN_PAGE + form, fields);
    }

    /** The page a form's redirect leads to, with its flash confirmation. */
    private static String followed(HttpResponse<String> redirect) throws IOException, InterruptedException {
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return administrator.get(location.replaceFirst("^https?://[^/]+", "")).body();
    }

    private static void directoryEventuallyShows(String text) {
        ApiWorld.eventually(() -> page(DIRECTORY).filter(body -> body.contains(text)));
    }

    private static Optional<String> body(String bodyId) {
        return page("/cooperations/hauts-de-france/instances/" + bodyId);
    }

    private static Optional<String> page(String path) {
        try {
            HttpResponse<String> response = administrator.get(path);
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String personId(String username) {
        return UUID.nameUUIDFromBytes(("entente-demo:" + username).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
