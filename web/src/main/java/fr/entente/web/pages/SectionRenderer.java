package fr.entente.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

/**
 * Renders one live section of a page (the element of that id in the page's template), exactly as the page renders
 * it, as text that several people can share: the forms in it carry a placeholder where each person's CSRF token goes,
 * which {@link #forRequest} fills in for the person asking.
 */
@Component
public class SectionRenderer {

    private static final String TOKEN_PLACEHOLDER = "__entente_csrf_token__";

    private final ViewResolver views;

    SectionRenderer(ViewResolver thymeleafViewResolver) {
        this.views = thymeleafViewResolver;
    }

    public String render(String template, String sectionId, Map<String, Object> model, HttpServletRequest request,
                         HttpServletResponse response, Locale locale) {
        try {
            View view = views.resolveViewName(template + " :: #" + sectionId, locale);
            if (view == null) {
                throw new IllegalStateException("No template " + template);
            }
            StringWriter html = new StringWriter();
            view.render(model, new SharedRendering(request), new CapturedResponse(response, html));
            return html.toString();
        } catch (Exception e) {
            throw new IllegalStateException("The section " + sectionId + " of " + template + " could not be rendered", e);
        }
    }

    /** The shared rendering with the person's own CSRF token in its forms. */
    public static String forRequest(String sharedHtml, HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? sharedHtml : sharedHtml.replace(TOKEN_PLACEHOLDER, token.getToken());
    }

    /** The request, but with a placeholder for its CSRF token, so that what is rendered holds no one's secret. */
    private static final class SharedRendering extends HttpServletRequestWrapper {

        private static final CsrfToken PLACEHOLDER = new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", TOKEN_PLACEHOLDER);

        SharedRendering(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (CsrfToken.class.getName().equals(name) || "_csrf".equals(name)) {
                return PLACEHOLDER;
            }
            return super.getAttribute(name);
        }
    }

    /** Keeps what a view writes, and leaves the real response untouched. */
    private static final class CapturedResponse extends HttpServletResponseWrapper {

        private final PrintWriter writer;

        CapturedResponse(HttpServletResponse response, StringWriter html) {
            super(response);
            this.writer = new PrintWriter(html);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void setContentType(String type) {
            // the section goes into a JSON answer
        }

        @Override
        public void setCharacterEncoding(String charset) {
            // idem
        }

        @Override
        public void setLocale(java.util.Locale locale) {
            // idem
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }
    }
}
