package fr.entente.web.study;

import fr.entente.web.document.DocumentLimits;
import fr.entente.web.problem.LargerBodies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** The study page's results form sends files: it takes the documents' limit, as the documents' own uploads do. */
@Configuration
class StudyConfiguration {

    private static final Pattern RESULTS = Pattern.compile("/cooperations/[^/]+/etudes/[^/]+/resultats");

    @Bean
    LargerBodies studyResultUploads(DocumentLimits limits) {
        return request -> {
            String type = request.getContentType();
            boolean upload = "POST".equals(request.getMethod()) && type != null
                             && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                             && RESULTS.matcher(request.getRequestURI()).matches();
            return upload ? OptionalLong.of(limits.maxRequestBytes()) : OptionalLong.empty();
        };
    }
}
