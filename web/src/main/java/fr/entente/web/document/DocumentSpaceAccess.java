package fr.entente.web.document;

import fr.entente.document.api.DocumentAccess;
import fr.entente.document.api.DocumentRefusal;
import fr.entente.document.api.DocumentRefusedException;
import fr.entente.document.api.FolderAccess;
import fr.entente.document.query.DocumentView;
import fr.entente.document.query.FindDocumentQuery;
import fr.entente.web.security.CooperationAccess;
import fr.entente.web.security.CurrentPerson;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Who may see what of a space's documents (domain rule 2: who sees the space sees its documents, then each folder's
 * rights): a folder or document the person may not see, of another cooperation or space, or that does not exist, is
 * one answer, 404, and nothing is stored. The API, the pages and the live topics all ask here.
 */
@Component
public class DocumentSpaceAccess {

    /** A document as a person who sees it sees it, with what they may do in its folder. */
    public record SeenDocument(DocumentView document, FolderAccess access) {
    }

    private final DocumentAccess access;
    private final CooperationAccess cooperations;
    private final CurrentPerson currentPerson;
    private final QueryGateway queries;

    DocumentSpaceAccess(DocumentAccess access, CooperationAccess cooperations, CurrentPerson currentPerson,
                        QueryGateway queries) {
        this.access = access;
        this.cooperations = cooperations;
        this.currentPerson = currentPerson;
        this.queries = queries;
    }

    /** What the signed-in person may do in that folder ({@code null}: the root); 404 if they do not see it. */
    public FolderAccess folder(String cooperationId, String spaceId, String folderId) {
        cooperations.membershipIn(cooperationId);
        FolderAccess granted = folderAccessOf(currentPerson.personId(), cooperationId, spaceId, folderId);
        if (!granted.reads()) {
            throw notFound();
        }
        return granted;
    }

    /** As {@link #folder}, and 403 if they only read it. */
    public FolderAccess writableFolder(String cooperationId, String spaceId, String folderId) {
        FolderAccess granted = folder(cooperationId, spaceId, folderId);
        if (!granted.writes()) {
            throw DocumentRefusedException.refused(DocumentRefusal.READ_ONLY);
        }
        return granted;
    }

    public FolderAccess folderAccessOf(String personId, String cooperationId, String spaceId, String folderId) {
        return access.of(cooperationId, spaceId, folderId, personId);
    }

    /** The document of that space as the signed-in person sees it; 404 if they do not. */
    public SeenDocument document(String cooperationId, String spaceId, String documentId) {
        cooperations.membershipIn(cooperationId);
        DocumentView document = queries.query(new FindDocumentQuery(documentId),
                                              ResponseTypes.optionalInstanceOf(DocumentView.class)).join()
                                       .filter(found -> found.cooperationId().equals(cooperationId)
                                                        && found.spaceId().equals(spaceId))
                                       .orElseThrow(DocumentSpaceAccess::notFound);
        FolderAccess granted = folderAccessOf(currentPerson.personId(), cooperationId, spaceId, document.folderId());
        if (!granted.reads()) {
            throw notFound();
        }
        return new SeenDocument(document, granted);
    }

    public String personId() {
        return currentPerson.personId();
    }

    static DocumentRefusedException notFound() {
        return DocumentRefusedException.refused(DocumentRefusal.NOT_FOUND);
    }
}
