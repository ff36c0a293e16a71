package fr.entente.web.problem;

import fr.entente.common.api.Refusal;
import fr.entente.common.api.RefusedException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RFC 7807 problem details as the hub answers them: a title and a detail a person can act on, in the reader's
 * language (from {@code refusals*.properties}); a stable {@code code} that clients key on; the {@code field} at
 * fault when there is one; for validation, the list of {@code errors}, each {@code {field, message}}. Never a
 * stack trace, a class name or a query.
 * <p>
 * The reader's language is the one the pages use ({@link LocaleResolver}): inside Spring MVC, the current one;
 * in a filter, before Spring MVC, the request's ({@link #localeOf}).
 */
@Component
public class Problems {

    private final MessageSource messages;
    private final LocaleResolver locales;

    public Problems(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** The reader's language, where Spring MVC has not set it yet: in a filter. */
    public Locale localeOf(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }

    /** The reader's language, inside Spring MVC. */
    static Locale currentLocale() {
        return LocaleContextHolder.getLocale();
    }

    /** The web layer's refusal, on its own field. */
    public ProblemDetail of(Locale locale, WebRefusal refusal, Object... arguments) {
        return onField(locale, refusal.field(), refusal, arguments);
    }

    /** The web layer's refusal, on a field the caller names. */
    public ProblemDetail onField(Locale locale, String field, WebRefusal refusal, Object... arguments) {
        return problem(locale, refusal.status(), refusal.code(), field,
                       sentence(locale, refusal.sentenceKey(), arguments));
    }

    /** A command refused by the domain, with the status its kind says. */
    public ProblemDetail refused(Locale locale, RefusedException refused) {
        return problem(locale, statusOf(refused.kind()), refused.code(), refused.field(),
                       sentence(locale, refused.refusal().sentenceKey(), refused.arguments().toArray()));
    }

    /** A 422 listing every field at fault, each with its message already in the reader's language. */
    public ProblemDetail ofFields(Locale locale, List<Map<String, String>> errors) {
        WebRefusal invalid = WebRefusal.INVALID_FIELDS;
        String detail = errors.size() == 1 ? errors.get(0).get("message") : sentence(locale, invalid.sentenceKey());
        ProblemDetail problem = problem(locale, invalid.status(), invalid.code(), errors.get(0).get("field"), detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** What Spring MVC reported itself, titled and worded in the reader's language, with a code for its status. */
    public void reword(Locale locale, ProblemDetail problem, HttpStatus status) {
        WebRefusal known = forStatus(status);
        problem.setTitle(title(locale, status));
        problem.setProperty("code", known != null ? known.code()
                                                  : "request." + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        problem.setDetail(sentence(locale, known != null ? known.sentenceKey() : WebRefusal.OTHER_STATUS_SENTENCE));
    }

    public static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    /**
     * The sentence of this key in the reader's language, filled with the arguments; an argument that is one of the
     * domain's choices (a {@code BodyRole}…) is worded too, by the key {@code <type>.<constant>}.
     */
    public String sentence(Locale locale, String key, Object... arguments) {
        Object[] worded = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            worded[i] = arguments[i] instanceof Enum<?> choice
                    ? new DefaultMessageSourceResolvable(new String[]{choice.getDeclaringClass().getSimpleName() + "."
                                                                      + choice.name()}, choice.name())
                    : arguments[i];
        }
        return messages.getMessage(key, worded, locale);
    }

    private static HttpStatus statusOf(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID, MISSING -> HttpStatus.UNPROCESSABLE_ENTITY;
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
        };
    }

    private ProblemDetail problem(Locale locale, HttpStatus status, String code, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title(locale, status));
        problem.setProperty("code", code);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    private String title(Locale locale, HttpStatus status) {
        String fallback = messages.getMessage(status.is5xxServerError() ? "problem.title.server" : "problem.title.other",
                                              null, locale);
        return messages.getMessage("problem.title." + status.value(), null, fallback, locale);
    }

    private static WebRefusal forStatus(HttpStatus status) {
        for (WebRefusal refusal : List.of(WebRefusal.NO_SUCH_RESOURCE, WebRefusal.METHOD_NOT_ALLOWED,
                                          WebRefusal.UNSUPPORTED_MEDIA_TYPE, WebRefusal.NOT_ACCEPTABLE,
                                          WebRefusal.BAD_REQUEST)) {
            if (refusal.status() == status) {
                return refusal;
            }
        }
        return null;
    }
}
