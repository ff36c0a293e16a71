package fr.entente.web.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Sets {@link ResponseHeaders} before anything else runs, on every dispatch (an error page too), so that no response
 * leaves without them: Spring Security's own header writer only covers what passes its filter chain, not what its
 * firewall rejects.
 */
public class ResponseHeadersFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            ResponseHeaders.addTo(http);
        }
        chain.doFilter(request, response);
    }
}
