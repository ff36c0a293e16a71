package fr.entente.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entente.web.security.ResponseHeaders;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Locale;

/**
 * Tomcat's own error answers (a request line or headers too long, an encoded {@code /} in a path…, refused before
 * any filter of the hub runs) as problem details in the reader's language, with the hub's response headers, instead
 * of Tomcat's HTML error report.
 */
final class ContainerProblemsValve extends ErrorReportValve {

    private final Problems problems;
    private final ObjectMapper json;

    ContainerProblemsValve(Problems problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = problems.of(localeOf(request), known == HttpStatus.BAD_REQUEST
                                                               ? WebRefusal.REQUEST_REJECTED : WebRefusal.SERVER_ERROR);
        problem.setStatus(status);
        RefusalLog.refused(String.valueOf(problem.getProperties().get("code")), null);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            ResponseHeaders.addTo(response);
            String path = request.getDecodedRequestURI();
            if (path != null && path.length() <= 200) {
                problem.setInstance(URI.create(request.getRequestURI()));
            }
            try (OutputStream body = response.getOutputStream()) {
                json.writeValue(body, problem);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException unwritable) {
            // the connection is gone or the response cannot take a body: the status alone answers
        }
    }

    private Locale localeOf(Request request) {
        try {
            return problems.localeOf(request);
        } catch (RuntimeException unreadable) {
            return Locale.FRENCH;
        }
    }
}
