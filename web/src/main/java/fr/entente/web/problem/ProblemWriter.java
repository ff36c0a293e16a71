package fr.entente.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;

/** Writes problem details from a filter, where no controller advice reaches (security, body size). */
@Component
public class ProblemWriter {

    private final ObjectMapper json;
    private final Problems problems;

    public ProblemWriter(ObjectMapper json, Problems problems) {
        this.json = json;
        this.problems = problems;
    }

    /** The web layer's refusal, in the language of the request's reader. */
    public void write(HttpServletRequest request, HttpServletResponse response, WebRefusal refusal, Object... arguments)
            throws IOException {
        write(request, response, problems.of(problems.localeOf(request), refusal, arguments));
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
