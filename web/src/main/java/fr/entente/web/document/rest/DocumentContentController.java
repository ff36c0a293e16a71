package fr.entente.web.document.rest;

import fr.entente.web.document.ContentDispositions;
import fr.entente.web.document.DocumentDownloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bytes of a space's documents: a version downloaded whole or by ranges, with its name as RFC 6266 says it (each
 * download recorded), and a thumbnail of the current version. Who may is asked as for the documents' list.
 */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}/documents/spaces/{spaceId}")
@Tag(name = "Documents")
public class DocumentContentController {

    private final DocumentDownloads downloads;

    public DocumentContentController(DocumentDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping(path = "/documents/{documentId}/content", produces = MediaType.ALL_VALUE)
    @Operation(summary = "Download the current version (HTTP Range supported; each download recorded)")
    public ResponseEntity<Resource> content(@PathVariable String cooperationId, @PathVariable String spaceId,
                                            @PathVariable String documentId,
                                            @RequestHeader(name = HttpHeaders.RANGE, required = false) String range) {
        return send(downloads.download(cooperationId, spaceId, documentId, null, fromTheStart(range)));
    }

    @GetMapping(path = "/documents/{documentId}/versions/{version}/content", produces = MediaType.ALL_VALUE)
    @Operation(summary = "Download a version (HTTP Range supported; each download recorded)")
    public ResponseEntity<Resource> versionContent(@PathVariable String cooperationId, @PathVariable String spaceId,
                                                   @PathVariable String documentId, @PathVariable int version,
                                                   @RequestHeader(name = HttpHeaders.RANGE, required = false) String range) {
        return send(downloads.download(cooperationId, spaceId, documentId, version, fromTheStart(range)));
    }

    @GetMapping(path = "/documents/{documentId}/preview", produces = {MediaType.IMAGE_PNG_VALUE,
                                                                      MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "A thumbnail of the current version, 200 pixels wide (PNG): a PDF's first page, an image",
               description = "Other files: 404 document.preview-unavailable. Not recorded as a download.")
    public ResponseEntity<byte[]> preview(@PathVariable String cooperationId, @PathVariable String spaceId,
                                          @PathVariable String documentId) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                             .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                             .body(downloads.preview(cooperationId, spaceId, documentId));
    }

    /** Spring MVC answers a Range header itself, 206 with the part asked for, from a resource of known length. */
    private static ResponseEntity<Resource> send(DocumentDownloads.Download download) {
        return ResponseEntity.ok()
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(download.documentName()))
                             .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                             .contentType(MediaType.parseMediaType(download.version().file().contentType()))
                             .body(download.content());
    }

    /** A download is recorded once: by the request that starts at the first byte, not by those that resume it. */
    private static boolean fromTheStart(String range) {
        return range == null || range.replace(" ", "").startsWith("bytes=0-");
    }

}
