package fr.entente.document.query;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A space's folders and documents as they stood at an instant ({@link FolderHistory}): the folders that existed then,
 * with their names, parents and rights then, and the documents with their names, folders and versions then.
 */
public record DocumentSpaceAsItStood(Map<String, FolderView> byFolderId, Map<String, DocumentView> byDocumentId) {

    public DocumentSpaceAsItStood {
        byFolderId = Map.copyOf(byFolderId);
        byDocumentId = Map.copyOf(byDocumentId);
    }

    public Optional<FolderView> folder(String folderId) {
        return folderId == null ? Optional.empty() : Optional.ofNullable(byFolderId.get(folderId));
    }

    /** Every folder then, by name, as the read model lists them. */
    public List<FolderView> folders() {
        return byFolderId.values().stream()
                         .sorted(Comparator.comparing(FolderView::name, String.CASE_INSENSITIVE_ORDER)
                                           .thenComparing(FolderView::folderId))
                         .toList();
    }

    /** The documents in that folder ({@code null}: the root) then, out of the trash, by name. */
    public List<DocumentView> documents(String folderId) {
        return byDocumentId.values().stream()
                           .filter(document -> Objects.equals(document.folderId(), folderId) && !document.trashed()
                                               && !document.purged())
                           .sorted(Comparator.comparing(DocumentView::name, String.CASE_INSENSITIVE_ORDER)
                                             .thenComparing(DocumentView::documentId))
                           .toList();
    }
}
