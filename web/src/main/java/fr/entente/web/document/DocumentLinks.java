package fr.entente.web.document;

import fr.entente.document.query.DocumentView;
import fr.entente.document.query.FindDocumentQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What another context shows of a document it refers to by its identifier (a decision about a document): its name and
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
}
