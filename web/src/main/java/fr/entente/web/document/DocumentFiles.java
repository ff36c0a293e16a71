package fr.entente.web.document;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.MongoGridFSException;
import fr.entente.document.api.DocumentRefusal;
import fr.entente.document.api.StoredFile;
import org.apache.tika.mime.MediaType;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Component;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static fr.entente.document.api.DocumentRefusedException.refused;

/**
 * The bytes of the documents, in GridFS (bucket {@value #BUCKET}, on the hub's database): stored as they stream in,
 * 255 KB chunk by chunk, so that a file is never held in memory; its SHA-256 computed on the way; its type detected
 * from its first bytes before any is stored. A file refused on the way (empty, a program, over the limit) leaves
 * nothing: the chunks already written are deleted ({@link GridFSUploadStream#abort()}).
 */
@Component
public class DocumentFiles {

    public static final String BUCKET = "documentFiles";
    /** Enough for Tika's longest magic number, read once and given back. */
    private static final int HEAD = 64 * 1024;
    private static final int BUFFER = 64 * 1024;

    private final GridFSBucket bucket;
    private final FileTypes types;
    private final DocumentLimits limits;

    public DocumentFiles(MongoDatabase database, FileTypes types, DocumentLimits limits) {
        this.bucket = GridFSBuckets.create(database, BUCKET);
        this.types = types;
        this.limits = limits;
    }

    /** Stores the file, under its cleaned name; refuses it, nothing kept, if empty, a program or over the limit. */
    public StoredFile store(InputStream content, String cleanName) {
        try (BufferedInputStream bytes = new BufferedInputStream(content, HEAD)) {
            bytes.mark(1);
            if (bytes.read() < 0) {
                throw refused(DocumentRefusal.EMPTY_FILE);
            }
            bytes.reset();
            MediaType type = types.detect(bytes, cleanName);
            return copy(bytes, cleanName, type.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoredFile copy(InputStream bytes, String name, String type) throws IOException {
        MessageDigest sha256 = sha256();
        GridFSUploadStream upload = bucket.openUploadStream(name, new GridFSUploadOptions()
                .metadata(new Document("contentType", type)));
        long size = 0;
        try {
            byte[] buffer = new byte[BUFFER];
            for (int read = bytes.read(buffer); read >= 0; read = bytes.read(buffer)) {
                size += read;
                if (size > limits.maxFileBytes()) {
                    throw refused(DocumentRefusal.FILE_TOO_LARGE, limits.maxFileMegabytes());
                }
                sha256.update(buffer, 0, read);
                upload.write(buffer, 0, read);
            }
            upload.close();
        } catch (IOException | RuntimeException e) {
            upload.abort();
            throw e;
        }
        return new StoredFile(upload.getObjectId().toHexString(), name, size, type,
                              HexFormat.of().formatHex(sha256.digest()));
    }

    /** Deletes a stored file the log never took (its command was refused); a file already gone is no matter. */
    public void forget(String fileId) {
        try {
            bucket.delete(new ObjectId(fileId));
        } catch (MongoGridFSException alreadyGone) {
            // nothing left to delete
        }
    }

    /** The bytes of a stored file, from its start. */
    public InputStream open(String fileId) {
        // a few chunks per reply: without a batch size the embedded server answered a 100 MB file's chunks in one
        // reply, which the driver refuses (over its 48 MB message limit), and a heap would have to hold it
        return bucket.openDownloadStream(new ObjectId(fileId)).batchSize(CHUNKS_PER_BATCH);
    }

    /** Chunks read per round trip when a file is downloaded: 8 of 255 KB, 2 MB. */
    static final int CHUNKS_PER_BATCH = 8;

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
