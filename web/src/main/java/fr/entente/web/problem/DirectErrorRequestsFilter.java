package fr.entente.web.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * {@code /error} is where the container forwards a failed request; asked for directly, there is no error to show,
 * and Spring Boot would answer it as a 500. It is answered as any unknown address is: 404 problem details.
 */
class DirectErrorRequestsFilter extends OncePerRequestFilter {

    static final String ERROR_PATH = "/error";

    private final ProblemWriter problems;

    DirectErrorRequestsFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals(request.getContextPath() + ERROR_PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        RefusalLog.refused(WebRefusal.NO_SUCH_RESOURCE.code(), null);
        problems.write(request, response, WebRefusal.NO_SUCH_RESOURCE);
    }
}
