package fr.entente.web.problem;

import org.springframework.http.HttpStatus;

/** French details for the errors Spring MVC reports itself, in place of its English sentences. */
public final class FrenchDetails {

    private FrenchDetails() {
    }

    static String of(HttpStatus status, String englishDetail) {
        return switch (status) {
            case NOT_FOUND -> "Cette adresse ne correspond à aucune ressource de l'API. Consultez la documentation "
                              + "(/swagger-ui.html).";
            case METHOD_NOT_ALLOWED -> "Cette adresse n'accepte pas cette méthode HTTP. Consultez la documentation "
                                       + "(/swagger-ui.html).";
            case UNSUPPORTED_MEDIA_TYPE -> "Envoyez le corps de la requête en JSON (Content-Type: application/json).";
            case NOT_ACCEPTABLE -> "L'API répond en JSON : demandez application/json.";
            case BAD_REQUEST -> "La requête est incomplète ou mal formée : vérifiez ses paramètres.";
            default -> englishDetail == null ? "La requête n'a pas pu être traitée." : englishDetail;
        };
    }
}
