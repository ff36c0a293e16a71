package fr.entente.web.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code entente.documents.max-file-size}: the largest file the hub keeps, 100 MB by default. A request carrying a
 * file may be larger by {@link #FORM_MARGIN} (the multipart envelope, the form's other fields).
 */
@ConfigurationProperties("entente.documents")
public record DocumentLimits(@DefaultValue("100MB") DataSize maxFileSize) {

    /** Room for a multipart request's envelope and other fields around the file. */
    public static final long FORM_MARGIN = DataSize.ofMegabytes(1).toBytes();

    public long maxFileBytes() {
        return maxFileSize.toBytes();
    }

    /** The limit as the refusal's sentence says it, in megabytes (at least 1). */
    public long maxFileMegabytes() {
        return Math.max(1, maxFileSize.toMegabytes());
    }

    public long maxRequestBytes() {
        return maxFileBytes() + FORM_MARGIN;
    }
}
