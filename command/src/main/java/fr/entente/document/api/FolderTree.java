package fr.entente.document.api;

import java.util.List;

/**
 * How a space's folders nest, as the command handlers need it to refuse a folder moved into itself or one of its
 * subfolders. The query side answers it from its read model (a moment behind the log, like {@link DocumentAccess}).
 */
public interface FolderTree {

    /**
     * The folders from this one up to the top of its space (this one first); empty for the root ({@code null}) or a
     * folder not of that cooperation and space.
     */
    List<String> pathUp(String cooperationId, String spaceId, String folderId);
}
