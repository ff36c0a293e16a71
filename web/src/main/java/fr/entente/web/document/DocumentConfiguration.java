package fr.entente.web.document;

import fr.entente.web.problem.LargerBodies;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The documents' limits on requests: uploads (multipart, to the documents' addresses) may be as large as a file the
 * hub keeps and its form around it; everything else keeps the hub's small limit. The servlet container spools every
 * part of a multipart request to a temporary file (threshold 0), never to memory, and refuses a request over the same
 * limit.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentLimits.class)
public class DocumentConfiguration {

    private static final Pattern UPLOADS = Pattern.compile("/(api/)?cooperations/[^/]+/documents/.*");

    @Bean
    LargerBodies documentUploads(DocumentLimits limits) {
        return request -> {
            String type = request.getContentType();
            boolean upload = "POST".equals(request.getMethod()) && type != null
                             && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
                             && UPLOADS.matcher(request.getRequestURI()).matches();
            return upload ? OptionalLong.of(limits.maxRequestBytes()) : OptionalLong.empty();
        };
    }

    /** GridFS's own deletion, unless a test puts one of its own (StoredFileDeletion). */
    @Bean
    @ConditionalOnMissingBean
    StoredFileDeletion storedFileDeletion(DocumentFiles files) {
        return files::forget;
    }

    @Bean
    MultipartConfigElement multipartConfigElement(DocumentLimits limits) {
        return new MultipartConfigElement(null, limits.maxRequestBytes(), limits.maxRequestBytes(), 0);
    }
}
