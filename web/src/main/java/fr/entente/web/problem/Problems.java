package fr.entente.web.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.util.List;
import java.util.Map;

/**
 * RFC 7807 problem details as the API answers them: a French title and detail a person can act on, a stable
 * {@code code} that clients key on, the {@code field} at fault when there is one, and for validation the list of
 * {@code errors}, each {@code {field, message}}. Never a stack trace, a class name or a query.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String code, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(titleOf(status));
        problem.setProperty("code", code);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    /** A 422 listing every field at fault; the first names the problem's {@code field}. */
    public static ProblemDetail ofFields(String code, List<Map<String, String>> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).get("message")
                : "Plusieurs champs sont à corriger : voyez la liste « errors ».";
        ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_ENTITY, code, errors.get(0).get("field"), detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    public static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    static String titleOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Requête illisible";
            case UNAUTHORIZED -> "Connexion requise";
            case FORBIDDEN -> "Action non autorisée";
            case NOT_FOUND -> "Introuvable";
            case METHOD_NOT_ALLOWED -> "Méthode non acceptée";
            case NOT_ACCEPTABLE -> "Format de réponse non disponible";
            case CONFLICT -> "Conflit";
            case PAYLOAD_TOO_LARGE -> "Requête trop volumineuse";
            case UNSUPPORTED_MEDIA_TYPE -> "Format non accepté";
            case UNPROCESSABLE_ENTITY -> "Données à corriger";
            case TOO_MANY_REQUESTS -> "Trop de tentatives";
            default -> status.is5xxServerError() ? "Erreur du serveur" : "Requête refusée";
        };
    }
}
