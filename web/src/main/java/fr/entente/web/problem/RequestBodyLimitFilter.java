package fr.entente.web.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;

/**
 * Refuses request bodies over the limit with 413 problem details, before anything reads them: at once when the
 * declared length is over it, or as soon as the bytes read pass it (the body's reader then fails, and the API's
 * advice answers 413). Runs before security, so an oversized body costs nothing.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long defaultLimit;
    private final ProblemWriter problems;
    private final List<LargerBodies> largerBodies;

    public RequestBodyLimitFilter(long limit, ProblemWriter problems) {
        this(limit, problems, List.of());
    }

    public RequestBodyLimitFilter(long limit, ProblemWriter problems, List<LargerBodies> largerBodies) {
        this.defaultLimit = limit;
        this.problems = problems;
        this.largerBodies = List.copyOf(largerBodies);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = largerBodies.stream().map(larger -> larger.limitFor(request)).filter(OptionalLong::isPresent)
                                 .mapToLong(OptionalLong::getAsLong).max().orElse(defaultLimit);
        if (request.getContentLengthLong() > limit) {
            problems.write(request, response, WebRefusal.TOO_LARGE, kilobytes(limit));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    /** The limit as the sentence of {@link WebRefusal#TOO_LARGE} says it. */
    static long kilobytes(long limit) {
        return limit / 1024;
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            if (next >= 0) {
                counted(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = body.read(buffer, offset, length);
            if (count > 0) {
                counted(count);
            }
            return count;
        }

        private void counted(int bytes) throws RequestBodyTooLargeException {
            read += bytes;
            if (read > limit) {
                throw new RequestBodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
