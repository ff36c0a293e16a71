package fr.entente.web.document;

import fr.entente.document.query.DocumentSearchHit;
import fr.entente.document.query.SearchDocumentsQuery;
import fr.entente.forum.query.SpaceView;
import fr.entente.web.forum.ForumAccess;
import fr.entente.web.forum.ForumNames;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Searches the documents the signed-in person may see: the index is asked for the spaces they see (the forum's
 * answer), and each hit is then kept only if they see its folder (its rights, restricted folders above it): a document
 * they may not open is never shown, not even its name.
 */
@Component
public class DocumentSearch {

    /** A document found, with its space's title and the address of its page. */
    public record Found(String documentId, String spaceId, String spaceTitle, String folderId, String name,
                        String nameHtml, String extractHtml, String page) {
    }

    static final int MOST = 50;

    private final ForumAccess forum;
    private final ForumNames names;
    private final DocumentSpaceAccess access;
    private final QueryGateway queries;

    DocumentSearch(ForumAccess forum, ForumNames names, DocumentSpaceAccess access, QueryGateway queries) {
        this.forum = forum;
        this.names = names;
        this.access = access;
        this.queries = queries;
    }

    public List<Found> search(String cooperationId, String text) {
        List<SpaceView> spaces = forum.spaces(cooperationId);
        if (text == null || text.isBlank() || spaces.isEmpty()) {
            return List.of();
        }
        Map<String, SpaceView> byId = spaces.stream().collect(Collectors.toMap(SpaceView::spaceId, Function.identity(),
                                                                               (a, b) -> a));
        String personId = access.personId();
        List<DocumentSearchHit> hits = queries.query(new SearchDocumentsQuery(cooperationId, List.copyOf(byId.keySet()),
                                                                              text.strip(), MOST * 3),
                                                     ResponseTypes.multipleInstancesOf(DocumentSearchHit.class)).join();
        return hits.stream()
                   .filter(hit -> access.folderAccessOf(personId, cooperationId, hit.spaceId(), hit.folderId()).reads())
                   .limit(MOST)
                   .map(hit -> new Found(hit.documentId(), hit.spaceId(), names.spaceTitle(byId.get(hit.spaceId())),
                                         hit.folderId(), hit.name(), hit.nameHtml(), hit.extractHtml(),
                                         DocumentPages.documentPage(cooperationId, hit.spaceId(), hit.documentId())))
                   .toList();
    }
}
