package fr.entente.document;

import fr.entente.common.api.ActorMetaData;
import fr.entente.document.api.DocumentAccess;
import fr.entente.document.api.DocumentUploadedEvent;
import fr.entente.document.api.FolderAccess;
import fr.entente.document.api.FolderRights;
import fr.entente.document.api.FolderTree;
import fr.entente.document.api.StoredFile;
import fr.entente.forum.api.SpaceRole;
import fr.entente.forum.api.SpaceRoster;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents of the Hauts-de-France working group's space for the aggregate tests: its officer moderates the
 * space, two referents are members; a folder "Brouillons" restricted to referent 62, a folder "Archives" read-only for
 * referent 80; a director of the cooperation outside the space, and a person of Bretagne. What each may do is worked
 * out by {@link FolderRights#accessOf}, as the query side does.
 */
final class WorkingGroupDocuments {

    static final String COOPERATION_ID = "hauts-de-france";
    static final String OTHER_COOPERATION_ID = "bretagne";
    static final String SPACE_ID = "espace-hauts-de-france-gt-observatoire";
    static final String DRAFTS = "dossier-brouillons";
    static final String ARCHIVES = "dossier-archives";
    static final String STUDIES = "dossier-etudes";

    static final String OFFICER = "person-officer-59";
    static final String REFERENT_62 = "person-referent-62";
    static final String REFERENT_80 = "person-referent-80";
    static final String DIRECTOR = "person-director-02";
    static final String BRETON = "person-admin-bzh";

    static final MetaData AS_OFFICER = actor(OFFICER);
    static final MetaData AS_REFERENT_62 = actor(REFERENT_62);
    static final MetaData AS_REFERENT_80 = actor(REFERENT_80);
    static final MetaData AS_DIRECTOR = actor(DIRECTOR);
    static final MetaData AS_BRETON = MetaData.with(ActorMetaData.ACTOR_ID, BRETON)
                                              .and(ActorMetaData.COOPERATION_ID, OTHER_COOPERATION_ID);

    static final String DOCUMENT_ID = "document-rsu";
    static final StoredFile FIRST_FILE = new StoredFile("65f000000000000000000001", "Synthèse RSU 2025.pdf", 48_213,
                                                        "application/pdf", "a".repeat(64));
    static final StoredFile SECOND_FILE = new StoredFile("65f000000000000000000002", "Synthèse RSU 2025 v2.pdf", 51_002,
                                                         "application/pdf", "b".repeat(64));
    static final DocumentUploadedEvent UPLOADED = new DocumentUploadedEvent(DOCUMENT_ID, COOPERATION_ID, SPACE_ID, STUDIES,
                                                                            FIRST_FILE, REFERENT_62);

    private static final Map<String, SpaceRole> SPACE = Map.of(OFFICER, SpaceRole.MODERATOR, REFERENT_62, SpaceRole.MEMBER,
                                                               REFERENT_80, SpaceRole.MEMBER);
    private static final Map<String, FolderRights> FOLDERS = Map.of(
            DRAFTS, FolderRights.restrictedTo(List.of(REFERENT_62)),
            ARCHIVES, new FolderRights(false, List.of(), List.of(REFERENT_80)),
            STUDIES, FolderRights.INHERITED);

    static final SpaceRoster ROSTER = (cooperationId, spaceId, personId) ->
            COOPERATION_ID.equals(cooperationId) && SPACE_ID.equals(spaceId) ? Optional.ofNullable(SPACE.get(personId))
                                                                              : Optional.empty();

    static final DocumentAccess ACCESS = (cooperationId, spaceId, folderId, personId) -> {
        if (!COOPERATION_ID.equals(cooperationId) || !SPACE_ID.equals(spaceId)
            || (folderId != null && !FOLDERS.containsKey(folderId))) {
            return FolderAccess.NONE;
        }
        FolderAccess inSpace = ROSTER.roleOf(cooperationId, spaceId, personId)
                                     .map(role -> role == SpaceRole.MODERATOR ? FolderAccess.MANAGE : FolderAccess.WRITE)
                                     .orElse(FolderAccess.NONE);
        return FolderRights.accessOf(personId, inSpace, folderId == null ? List.of() : List.of(FOLDERS.get(folderId)));
    };

    /** "Archives" sits in "Études" (the other folders at the root), for the folder moves. */
    static final FolderTree TREE = (cooperationId, spaceId, folderId) -> {
        if (!COOPERATION_ID.equals(cooperationId) || !SPACE_ID.equals(spaceId) || folderId == null) {
            return List.of();
        }
        return ARCHIVES.equals(folderId) ? List.of(ARCHIVES, STUDIES) : List.of(folderId);
    };

    private WorkingGroupDocuments() {
    }

    static MetaData actor(String personId) {
        return MetaData.with(ActorMetaData.ACTOR_ID, personId).and(ActorMetaData.COOPERATION_ID, COOPERATION_ID);
    }

    static FixtureConfiguration<Folder> folderFixture() {
        return new AggregateTestFixture<>(Folder.class).registerInjectableResource(ACCESS)
                                                       .registerInjectableResource(ROSTER)
                                                       .registerInjectableResource(TREE);
    }

    static FixtureConfiguration<Document> documentFixture() {
        return new AggregateTestFixture<>(Document.class).registerInjectableResource(ACCESS);
    }
}
