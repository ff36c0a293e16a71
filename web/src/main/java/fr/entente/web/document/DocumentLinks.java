package fr.entente.web.document;

import fr.entente.document.query.DocumentView;
import fr.entente.document.query.FindDocumentQuery;
import fr.entente.document.query.FindFolderDocumentsQuery;
import fr.entente.document.query.FindSpaceFoldersQuery;
import fr.entente.document.query.FolderView;
import fr.entente.forum.api.SpaceIds;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What another context shows of a document it refers to by its identifier (a decision about a document, a meeting's
 * attachments and annexes): its name and
 * the address of its page, only if the signed-in person sees it (its cooperation, its space, its folder's rights) and
 * it is not in the trash; otherwise nothing, exactly as if the identifier named no document.
 */
@Component
public class DocumentLinks {

    /** A document as a link shows it. */
    public record Linked(String documentId, String name, String page) {
    }

    private final QueryGateway queries;
    private final DocumentSpaceAccess access;

    DocumentLinks(QueryGateway queries, DocumentSpaceAccess access) {
        this.queries = queries;
        this.access = access;
    }

    public Optional<Linked> seen(String cooperationId, String documentId) {
        if (documentId == null || documentId.isBlank()) {
            return Optional.empty();
        }
        Optional<DocumentView> document = queries.query(new FindDocumentQuery(documentId),
                                                        ResponseTypes.optionalInstanceOf(DocumentView.class)).join()
                                                 .filter(found -> found.cooperationId().equals(cooperationId)
                                                                  && !found.trashed());
        return document.filter(found -> access.folderAccessOf(access.personId(), cooperationId, found.spaceId(),
                                                              found.folderId()).reads())
                       .map(found -> new Linked(found.documentId(), found.name(),
                                                DocumentPages.documentPage(cooperationId, found.spaceId(),
                                                                           found.documentId())));
    }

    /**
     * The documents of a body's space that the signed-in person sees and that are not in the trash, root first then
     * folder by folder: what they may name from one of the body's meetings.
     */
    public List<Linked> ofBodySpace(String cooperationId, String bodyId) {
        String spaceId = SpaceIds.ofBody(cooperationId, bodyId);
        String personId = access.personId();
        List<String> folderIds = new ArrayList<>();
        folderIds.add(null);
        queries.query(new FindSpaceFoldersQuery(cooperationId, spaceId), ResponseTypes.multipleInstancesOf(FolderView.class))
               .join().stream().map(FolderView::folderId).forEach(folderIds::add);
        return folderIds.stream()
                        .filter(folderId -> access.folderAccessOf(personId, cooperationId, spaceId, folderId).reads())
                        .flatMap(folderId -> documentsOf(cooperationId, spaceId, folderId))
                        .map(found -> new Linked(found.documentId(), found.name(),
                                                 DocumentPages.documentPage(cooperationId, spaceId, found.documentId())))
                        .toList();
    }

    private Stream<DocumentView> documentsOf(String cooperationId, String spaceId, String folderId) {
        return queries.query(new FindFolderDocumentsQuery(cooperationId, spaceId, folderId, false),
                             ResponseTypes.multipleInstancesOf(DocumentView.class)).join().stream();
    }
}
