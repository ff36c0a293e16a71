package fr.entente.web.demo;

import fr.entente.document.api.CreateFolderCommand;
import fr.entente.document.api.FolderRights;
import fr.entente.document.api.SetFolderRightsCommand;
import fr.entente.document.api.StoredFile;
import fr.entente.document.api.UploadDocumentCommand;
import fr.entente.forum.api.SpaceIds;
import fr.entente.forum.api.SpaceRoster;
import fr.entente.infra.audit.Actor;
import fr.entente.infra.pdf.HtmlToPdf;
import fr.entente.web.document.DocumentFiles;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The demo's documents, in the Hauts-de-France working group's space, put there by its officer: a folder of studies
 * with the RSU summary, a folder of minutes with the year's calendar, and a drafts folder restricted to the officer and
 * the convenor. The PDFs are generated here (the hub's own PDF renderer), nothing is read from elsewhere. The root has
 * folders only.
 */
final class DemoDocuments {

    static final String COOPERATION = "hauts-de-france";
    static final String SPACE = SpaceIds.ofBody(COOPERATION, "groupe-de-travail");
    private static final Duration ROSTER_WAIT = Duration.ofMinutes(2);

    private DemoDocuments() {
    }

    /**
     * @param send         sends a command as an actor
     * @param documentsShown waits until the documents' read model shows what was sent
     */
    static void load(BiConsumer<Actor, Object> send, Runnable documentsShown, DocumentFiles files, HtmlToPdf pdf,
                     SpaceRoster roster) {
        String officerId = DemoDataLoader.personIdOf("officer.59");
        String convenorId = DemoDataLoader.personIdOf("referent.59");
        if (!waitFor(() -> roster.roleOf(COOPERATION, SPACE, officerId).isPresent()
                           && roster.roleOf(COOPERATION, SPACE, convenorId).isPresent())) {
            return;
        }
        Actor officer = new Actor(officerId, "cdg-59", COOPERATION);
        String studies = id("folder:etudes");
        String minutes = id("folder:comptes-rendus");
        String drafts = id("folder:brouillons");
        send.accept(officer, new CreateFolderCommand(studies, COOPERATION, SPACE, null, "Études 2026"));
        send.accept(officer, new CreateFolderCommand(minutes, COOPERATION, SPACE, null, "Comptes rendus"));
        send.accept(officer, new CreateFolderCommand(drafts, COOPERATION, SPACE, null, "Brouillons"));
        documentsShown.run();
        send.accept(officer, new SetFolderRightsCommand(drafts, COOPERATION, FolderRights.restrictedTo(List.of(officerId,
                                                                                                           convenorId))));
        upload(send, officer, files, studies, "Synthèse RSU 2025.pdf", pdf.render(page(
                "Synthèse du rapport social unique 2025",
                "Effectifs, absentéisme et formation des collectivités des cinq départements : premiers résultats.")));
        upload(send, officer, files, minutes, "Calendrier des réunions 2026.pdf", pdf.render(page(
                "Calendrier des réunions 2026 du groupe de travail",
                "Une réunion par mois, le deuxième mardi, de 9 h 30 à 12 h, en visioconférence.")));
        upload(send, officer, files, drafts, "Projet de note – diffusion des études.pdf", pdf.render(page(
                "Projet de note sur la diffusion des études",
                "Brouillon : à relire avant transmission au comité technique.")));
    }

    private static void upload(BiConsumer<Actor, Object> send, Actor officer, DocumentFiles files, String folderId,
                               String name, byte[] bytes) {
        StoredFile file = files.store(new ByteArrayInputStream(bytes), name);
        send.accept(officer, new UploadDocumentCommand(id("document:" + name), COOPERATION, SPACE, folderId, file));
    }

    private static String page(String title, String text) {
        return """
               <!DOCTYPE html>
               <html xmlns="http://www.w3.org/1999/xhtml" lang="fr"><head><title>%s</title>
               <meta name="subject" content="%s"/></head>
               <body><h1>%s</h1><p>%s</p><p>Document de démonstration d'Entente.</p></body></html>
               """.formatted(title, title, title, text);
    }

    private static boolean waitFor(Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + ROSTER_WAIT.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static String id(String name) {
        return UUID.nameUUIDFromBytes(("entente-demo:document:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
