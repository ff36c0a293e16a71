package fr.entente.web.document;

import fr.entente.document.api.FolderAccess;
import fr.entente.document.api.FolderRights;
import fr.entente.document.query.DocumentView;
import fr.entente.document.query.FindFolderDocumentsQuery;
import fr.entente.document.query.FindFolderQuery;
import fr.entente.document.query.FindSpaceFoldersQuery;
import fr.entente.document.query.FolderView;
import fr.entente.document.query.ReaderView;
import fr.entente.document.query.VersionView;
import fr.entente.web.forum.ForumNames;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What the API and the pages show of a space's documents, as the signed-in person may see it. */
@Component
public class DocumentReading {

    private final DocumentSpaceAccess access;
    private final QueryGateway queries;
    private final ForumNames names;

    DocumentReading(DocumentSpaceAccess access, QueryGateway queries, ForumNames names) {
        this.access = access;
        this.queries = queries;
        this.names = names;
    }

    /** A folder ({@code null}: the root) with the subfolders the reader sees and its documents (or those in the trash). */
    public DocumentResults.Listing folder(String cooperationId, String spaceId, String folderId, boolean trash) {
        FolderAccess yours = access.folder(cooperationId, spaceId, folderId);
        List<FolderView> all = queries.query(new FindSpaceFoldersQuery(cooperationId, spaceId),
                                             ResponseTypes.multipleInstancesOf(FolderView.class)).join();
        List<DocumentView> documents = queries.query(new FindFolderDocumentsQuery(cooperationId, spaceId, folderId, trash),
                                                     ResponseTypes.multipleInstancesOf(DocumentView.class)).join();
        return listing(cooperationId, spaceId, folderId, yours, trash ? List.of() : all, all, documents);
    }

    /**
     * The listing of a folder among {@code all} the folders of its space and with these documents, today's or as they
     * stood at an instant: its path, the subfolders ({@code subfolders}) the reader sees today, and the documents.
     */
    DocumentResults.Listing listing(String cooperationId, String spaceId, String folderId, FolderAccess yours,
                                    List<FolderView> subfolders, List<FolderView> all, List<DocumentView> documents) {
        String personId = access.personId();
        FolderView here = all.stream().filter(folder -> folder.folderId().equals(folderId)).findFirst().orElse(null);
        List<DocumentResults.FolderLine> folders = subfolders.stream()
                .filter(folder -> Objects.equals(folder.parentFolderId(), folderId))
                .map(folder -> new DocumentResults.FolderLine(folder.folderId(), folder.name(), folder.rights().restricted(),
                        access.folderAccessOf(personId, cooperationId, spaceId, folder.folderId()) == FolderAccess.READ))
                .filter(line -> access.folderAccessOf(personId, cooperationId, spaceId, line.folderId()).reads())
                .toList();
        Set<String> named = new HashSet<>();
        documents.forEach(document -> {
            document.versions().forEach(version -> named.add(version.uploadedBy()));
            if (document.lockedBy() != null) {
                named.add(document.lockedBy());
            }
        });
        Map<String, String> people = names.people(cooperationId, named);
        List<DocumentResults.DocumentLine> lines = documents.stream().map(document -> {
            VersionView current = document.current();
            return new DocumentResults.DocumentLine(document.documentId(), document.name(), current.version(),
                                                    current.file().size(), current.file().contentType(),
                                                    current.uploadedAt(), current.uploadedBy(),
                                                    people.get(current.uploadedBy()),
                                                    DocumentPreviews.previewable(current.file().contentType()),
                                                    lock(document, people, personId), versions(document, people));
        }).toList();
        return new DocumentResults.Listing(spaceId, folderId, here == null ? null : here.name(),
                                           here == null ? null : here.parentFolderId(), yours,
                                           here != null && here.rights().restricted(), path(all, here), folders, lines);
    }

    /** A document with its versions and downloads. */
    public DocumentResults.DocumentDetail document(String cooperationId, String spaceId, String documentId) {
        DocumentSpaceAccess.SeenDocument seen = access.document(cooperationId, spaceId, documentId);
        DocumentView document = seen.document();
        Set<String> people = new HashSet<>();
        document.versions().forEach(version -> people.add(version.uploadedBy()));
        document.downloads().forEach(download -> people.add(download.personId()));
        if (document.lockedBy() != null) {
            people.add(document.lockedBy());
        }
        String reader = access.personId();
        List<ReaderView> readers = document.readers().stream()
                .filter(line -> seen.access() == FolderAccess.MANAGE || reader.equals(line.requestedBy())
                                || reader.equals(line.personId()))
                .toList();
        readers.forEach(line -> {
            people.add(line.personId());
            people.add(line.requestedBy());
        });
        Map<String, String> named = names.people(cooperationId, people);
        return new DocumentResults.DocumentDetail(
                document.documentId(), document.spaceId(), document.folderId(), document.name(), document.trashed(),
                seen.access(), lock(document, named, access.personId()),
                versions(document, named),
                document.downloads().stream().map(download -> new DocumentResults.Download(
                        download.version(), download.personId(), named.get(download.personId()), download.at())).toList(),
                readers.stream().map(line -> new DocumentResults.Reader(
                        line.personId(), named.get(line.personId()), line.requestedBy(), named.get(line.requestedBy()),
                        line.requestedAt(), line.openedAt(), line.remindAt(), line.remindedAt())).toList());
    }

    /**
     * Where the signed-in person may move that folder: the root and the folders of the space they write in, but the
     * folder itself and its subfolders, each with its path ("Études 2026 / Brouillons"); its present parent left out.
     */
    public List<DocumentResults.Crumb> folderDestinations(String cooperationId, String spaceId, String folderId) {
        return destinations(cooperationId, spaceId, folderId, true);
    }

    /** Where the signed-in person may move a document now in that folder: the root and the folders they write in. */
    public List<DocumentResults.Crumb> documentDestinations(String cooperationId, String spaceId, String folderId) {
        return destinations(cooperationId, spaceId, folderId, false);
    }

    /**
     * The root and the folders of the space the person writes in, each with its path, but where the thing is now (for
     * a folder: its parent, itself and its subfolders).
     */
    private List<DocumentResults.Crumb> destinations(String cooperationId, String spaceId, String folderId,
                                                     boolean aFolder) {
        String personId = access.personId();
        List<FolderView> all = queries.query(new FindSpaceFoldersQuery(cooperationId, spaceId),
                                             ResponseTypes.multipleInstancesOf(FolderView.class)).join();
        Map<String, FolderView> byId = new java.util.HashMap<>();
        all.forEach(folder -> byId.put(folder.folderId(), folder));
        String now = aFolder ? (byId.containsKey(folderId) ? byId.get(folderId).parentFolderId() : null) : folderId;
        List<DocumentResults.Crumb> destinations = new ArrayList<>();
        if (now != null && access.folderAccessOf(personId, cooperationId, spaceId, null).writes()) {
            destinations.add(new DocumentResults.Crumb(null, null));
        }
        for (FolderView folder : all) {
            List<String> names = new ArrayList<>();
            boolean inside = false;
            String next = folder.folderId();
            while (next != null && byId.containsKey(next) && names.size() < 64) {
                inside |= aFolder && next.equals(folderId);
                names.add(0, byId.get(next).name());
                next = byId.get(next).parentFolderId();
            }
            if (!inside && !folder.folderId().equals(now)
                && access.folderAccessOf(personId, cooperationId, spaceId, folder.folderId()).writes()) {
                destinations.add(new DocumentResults.Crumb(folder.folderId(), String.join(" / ", names)));
            }
        }
        destinations.sort(java.util.Comparator.comparing(crumb -> crumb.name() == null ? "" : crumb.name(),
                                                          String.CASE_INSENSITIVE_ORDER));
        return destinations;
    }

    /** Who among these people sees that folder ({@code null}: the root) of the space. */
    public List<String> peopleWhoSee(String cooperationId, String spaceId, String folderId, List<String> personIds) {
        return personIds.stream()
                        .filter(personId -> access.folderAccessOf(personId, cooperationId, spaceId, folderId).reads())
                        .toList();
    }

    /** The signed-in person. */
    public String personId() {
        return access.personId();
    }

    /** A folder's rights as set, for the space's moderators' form; 404 to anyone else, as the folder is to them. */
    public FolderRights rights(String cooperationId, String spaceId, String folderId) {
        if (access.folder(cooperationId, spaceId, folderId) != FolderAccess.MANAGE) {
            throw DocumentSpaceAccess.notFound();
        }
        return queries.query(new FindFolderQuery(folderId), ResponseTypes.optionalInstanceOf(FolderView.class)).join()
                      .map(FolderView::rights).orElseThrow(DocumentSpaceAccess::notFound);
    }

    private static List<DocumentResults.Version> versions(DocumentView document, Map<String, String> names) {
        return document.versions().stream().map(version -> new DocumentResults.Version(
                version.version(), version.file().fileId(), version.file().name(), version.file().size(),
                version.file().contentType(), version.file().sha256(), version.uploadedBy(),
                names.get(version.uploadedBy()), version.uploadedAt())).toList();
    }

    private static DocumentResults.Lock lock(DocumentView document, Map<String, String> names, String reader) {
        return document.lockedBy() == null ? null
               : new DocumentResults.Lock(document.lockedBy(), names.get(document.lockedBy()), document.lockedAt(),
                                          document.lockedBy().equals(reader));
    }

    /** The folders above {@code here}, from the top; never past a folder of another space (the log holds none). */
    private static List<DocumentResults.Crumb> path(List<FolderView> all, FolderView here) {
        List<DocumentResults.Crumb> path = new ArrayList<>();
        String next = here == null ? null : here.parentFolderId();
        while (next != null && path.size() < 64) {
            String id = next;
            FolderView folder = all.stream().filter(candidate -> candidate.folderId().equals(id)).findFirst().orElse(null);
            if (folder == null) {
                break;
            }
            path.add(new DocumentResults.Crumb(folder.folderId(), folder.name()));
            next = folder.parentFolderId();
        }
        Collections.reverse(path);
        return path;
    }
}
