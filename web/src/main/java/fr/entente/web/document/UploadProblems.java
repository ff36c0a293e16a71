package fr.entente.web.document;

import fr.entente.document.api.DocumentRefusal;
import fr.entente.document.api.DocumentRefusedException;
import fr.entente.web.problem.Problems;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * What a multipart request the servlet container could not read amounts to (Spring's {@link MultipartException}, or
 * Tomcat's own exception when something read a parameter first): a file name with a NUL (the container
 * refuses it before the hub sees it) is the documents' unsafe name; a request over the container's limit, a file too
 * large; anything else, a malformed request. Nothing was stored: the container had not handed the file over.
 */
@Component
public class UploadProblems {

    private static final Logger log = LoggerFactory.getLogger(UploadProblems.class);

    private final Problems problems;
    private final DocumentLimits limits;

    UploadProblems(Problems problems, DocumentLimits limits) {
        this.problems = problems;
        this.limits = limits;
    }

    public ProblemDetail of(RuntimeException exception) {
        DocumentRefusedException refused = refusalOf(exception);
        if (refused == null) {
            log.info("Unreadable multipart request: {}", exception.getMessage());
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
            problems.reword(LocaleContextHolder.getLocale(), problem, HttpStatus.BAD_REQUEST);
            return problem;
        }
        log.info("Refused upload: {}", refused.getMessage());
        return problems.refused(LocaleContextHolder.getLocale(), refused);
    }

    private DocumentRefusedException refusalOf(RuntimeException exception) {
        if (exception instanceof MaxUploadSizeExceededException) {
            return DocumentRefusedException.refused(DocumentRefusal.FILE_TOO_LARGE, limits.maxFileMegabytes());
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFileNameException) {
                return DocumentRefusedException.refused(DocumentRefusal.NAME_UNSAFE);
            }
        }
        return null;
    }
}
