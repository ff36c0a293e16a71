package fr.entente.web.document;

/** The addresses of the documents' pages, for the links the hub writes (mails, pages). */
public final class DocumentPages {

    private DocumentPages() {
    }

    public static String space(String cooperationId, String spaceId) {
        return "/cooperations/" + cooperationId + "/documents/" + spaceId;
    }

    public static String folder(String cooperationId, String spaceId, String folderId) {
        return folderId == null || folderId.isBlank() ? space(cooperationId, spaceId)
                                                      : space(cooperationId, spaceId) + "/dossiers/" + folderId;
    }

    /** A document's page: its versions, and for its sender who has opened it. */
    public static String documentPage(String cooperationId, String spaceId, String documentId) {
        return space(cooperationId, spaceId) + "/fichiers/" + documentId + "/fiche";
    }
}
