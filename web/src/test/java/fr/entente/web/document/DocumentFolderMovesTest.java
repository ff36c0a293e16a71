package fr.entente.web.document;

import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.forum.api.SpaceIds;
import fr.entente.forum.api.SpaceRoster;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static fr.entente.web.document.DocumentCorner.*;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.BZH;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Folders renamed and moved through the running hub: a move carries the folder's documents and takes its new parents'
 * rights; into itself or a subfolder of its own is refused; a destination of another cooperation does not exist; who
 * only reads a folder renames nothing; the page's forms do the same.
 */
@ExtendWith(SharedApiWorld.class)
class DocumentFolderMovesTest {

    private ApiWorld world;
    private ApiClient officer;
    private ApiClient referentA;
    private ApiClient referentB;

    @BeforeEach
    void seat(ApiWorld world) {
        DocumentCorner.seat(world);
        this.world = world;
        officer = world.signedIn(OFFICER);
        referentA = world.signedIn(REFERENT_A);
        referentB = world.signedIn(REFERENT_B);
    }

    @Test
    void aFolderIsRenamedAndMovedWithItsDocumentsAndTakesItsNewParentsRights() {
        String reserved = folder(officer, null, "Réservé A");
        assertThat(officer.put(D + "/folders/" + reserved + "/rights",
                               "{\"restricted\":true,\"memberIds\":[\"" + REFERENT_A.personId() + "\"]}").status())
                .isEqualTo(204);
        String moving = folder(referentA, null, "Notes");
        uploaded(referentA, moving, "note.pdf", PDF);
        assertThat(referentB.get(D + "/folders/" + moving).status()).isEqualTo(200);

        assertThat(referentA.put(D + "/folders/" + moving + "/name", "{\"name\":\"Notes de travail\"}").status())
                .isEqualTo(204);
        assertThat(referentA.put(D + "/folders/" + moving + "/parent", "{\"parentFolderId\":\"" + reserved + "\"}")
                            .status()).isEqualTo(204);

        var inside = referentA.get(D + "/folders/" + reserved).json();
        assertThat(inside.path("folders").findValuesAsText("name")).contains("Notes de travail");
        var moved = referentA.get(D + "/folders/" + moving).json();
        assertThat(moved.path("path").findValuesAsText("name")).containsExactly("Réservé A");
        assertThat(moved.path("documents")).hasSize(1);
        assertThat(moved.path("documents").get(0).path("name").asText()).isEqualTo("note.pdf");
        assertThat(referentA.get(D).json().path("folders").findValuesAsText("folderId")).doesNotContain(moving);
        assertThat(referentB.get(D + "/folders/" + moving).status()).as("now under a folder reserved to A")
                                                                    .isEqualTo(404);

        assertThat(referentA.put(D + "/folders/" + moving + "/parent", "{\"parentFolderId\":null}").status())
                .isEqualTo(204);
        assertThat(referentB.get(D + "/folders/" + moving).status()).isEqualTo(200);
    }

    @Test
    void intoItselfOrASubfolderOfItsOwnIsRefusedAndNothingIsLogged() {
        String top = folder(officer, null, "Haut");
        String middle = folder(officer, top, "Milieu");
        String bottom = folder(officer, middle, "Bas");
        long events = world.eventCount();
        long chunks = chunks(world);

        for (String into : new String[]{top, middle, bottom}) {
            var problem = refused(world, events, chunks, officer.put(D + "/folders/" + top + "/parent",
                                                                     "{\"parentFolderId\":\"" + into + "\"}"),
                                  422, "document.folder-cycle");
            assertThat(problem.path("field").asText()).isEqualTo("parentFolderId");
        }
        refused(world, events, chunks, officer.put(D + "/folders/" + middle + "/parent",
                                                   "{\"parentFolderId\":\"" + top + "\"}"), 422, "document.same-folder");
        refused(world, events, chunks, officer.put(D + "/folders/" + top + "/name", "{\"name\":\"../Haut\"}"), 422,
                "document.name-unsafe");
        refused(world, events, chunks, officer.put(D + "/folders/" + top + "/name", "{\"name\":\"  \"}"), 422,
                "document.folder-name-required");
    }

    @Test
    void aFolderOfAnotherCooperationIsNoDestinationAndItsPeopleCannotRenameOurs() {
        String ours = folder(officer, null, "Chez nous");
        String bretonSpace = bretonFolderSpace();
        ApiClient breton = world.signedIn(ADMIN_BZH);
        String bretonDocuments = "/api/cooperations/" + BZH + "/documents/spaces/" + bretonSpace;
        var created = breton.post(bretonDocuments + "/folders", "{\"name\":\"Dossier breton\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String theirs = created.json().path("folderId").asText();
        long events = world.eventCount();
        long chunks = chunks(world);

        var problem = refused(world, events, chunks, officer.put(D + "/folders/" + ours + "/parent",
                                                                 "{\"parentFolderId\":\"" + theirs + "\"}"),
                              404, "document.target-folder-unknown");
        assertThat(problem.path("field").asText()).isEqualTo("parentFolderId");
        refused(world, events, chunks, breton.put("/api/cooperations/" + BZH + "/documents/spaces/" + SPACE + "/folders/"
                                                  + ours + "/name", "{\"name\":\"Pris\"}"), 404, "document.not-found");
        refused(world, events, chunks, breton.put(bretonDocuments + "/folders/" + ours + "/parent",
                                                  "{\"parentFolderId\":\"" + theirs + "\"}"), 404, "document.not-found");
    }

    @Test
    void whoOnlyReadsAFolderRenamesAndMovesNothing() {
        String published = folder(officer, null, "Publié");
        assertThat(officer.put(D + "/folders/" + published + "/rights",
                               "{\"restricted\":false,\"readOnlyIds\":[\"" + REFERENT_B.personId() + "\"]}").status())
                .isEqualTo(204);
        long events = world.eventCount();
        long chunks = chunks(world);

        refused(world, events, chunks, referentB.put(D + "/folders/" + published + "/name", "{\"name\":\"À moi\"}"), 403,
                "document.read-only");
        String mine = folder(referentB, null, "Le mien");
        events = world.eventCount();
        refused(world, events, chunks, referentB.put(D + "/folders/" + mine + "/parent",
                                                     "{\"parentFolderId\":\"" + published + "\"}"), 403,
                "document.read-only");
    }

    @Test
    void thePageRenamesAndMovesAFolder() {
        String target = folder(officer, null, "Destination page");
        String folder = folder(officer, null, "Dossier page");
        String page = "/cooperations/" + HDF + "/documents/" + SPACE + "/dossiers/" + folder;
        String shown = officer.getPage(page).body();
        assertThat(shown).contains("Ce dossier", "Renommer le dossier", "Déplacer dans", "Destination page");

        ApiClient.Response renamed = officer.form(page + "/nom", Map.of("name", "Dossier renommé"), "text/html");
        assertThat(renamed.status()).isEqualTo(302);
        assertThat(officer.getPage(page).body()).contains("Le dossier s’appelle maintenant « Dossier renommé ».");
        ApiClient.Response moved = officer.form(page + "/emplacement", Map.of("parentFolderId", target), "text/html");
        assertThat(moved.status()).isEqualTo(302);
        assertThat(officer.getPage(page).body()).contains("Le dossier est déplacé");
        assertThat(officer.get(D + "/folders/" + target).json().path("folders").findValuesAsText("name"))
                .containsExactly("Dossier renommé");
        ApiClient.Response cycle = officer.form("/cooperations/" + HDF + "/documents/" + SPACE + "/dossiers/" + target
                                                + "/emplacement", Map.of("parentFolderId", folder), "text/html");
        assertThat(cycle.status()).isEqualTo(302);
        assertThat(officer.getPage("/cooperations/" + HDF + "/documents/" + SPACE + "/dossiers/" + target).body())
                .contains("ni dans l’un de ses sous-dossiers");
    }

    private String bretonFolderSpace() {
        String body = "gt-bretagne-documents";
        String space = SpaceIds.ofBody(BZH, body);
        if (world.bean(SpaceRoster.class).roleOf(BZH, space, ADMIN_BZH.personId()).isEmpty()) {
            world.asSystem(BZH, new CreateBodyCommand(BZH, body, BodyKind.WORKING_GROUP, "Groupe breton"));
            world.asSystem(BZH, new AddBodyMemberCommand(BZH, body, ADMIN_BZH.personId(), BodyRole.OFFICER));
            eventually(() -> world.bean(SpaceRoster.class).roleOf(BZH, space, ADMIN_BZH.personId()));
        }
        return space;
    }
}
