package fr.entente.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * What Spring Security's firewall refuses (a {@code ;}, an encoded {@code /} or {@code %}, a {@code ..} in a path…)
 * answered as problem details, like every other refusal, instead of an error page. Spring Security uses the bean of
 * this type it finds.
 */
@Component
public class RejectedRequests implements RequestRejectedHandler {

    private final ProblemWriter problems;

    RejectedRequests(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        RefusalLog.refused(WebRefusal.REQUEST_REJECTED.code(), null);
        problems.write(request, response, WebRefusal.REQUEST_REJECTED);
    }
}
