package fr.entente.web.pages;

import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The language of a reader who has not chosen one with the layout's switch: French, the hub's language, on every
 * page, whatever the browser says (most browsers, headless ones included, ask for English by default); for an API
 * client (a path under {@code /api/}), the first of French and English its {@code Accept-Language} prefers.
 */
final class DefaultLanguage implements Function<HttpServletRequest, Locale> {

    private static final List<Locale> SPOKEN = List.of(Locale.FRENCH, Locale.ENGLISH);

    @Override
    public Locale apply(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Language");
        if (!isApi(request) || accepted == null || accepted.isBlank()) {
            return Locale.FRENCH;
        }
        try {
            Locale preferred = Locale.lookup(Locale.LanguageRange.parse(accepted), SPOKEN);
            return preferred != null ? preferred : Locale.FRENCH;
        } catch (IllegalArgumentException unreadable) {
            return Locale.FRENCH;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
