package fr.entente.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Problem details for requests the API cannot take as they are: unreadable JSON (naming the field when Jackson
 * says which), invalid fields (422 with every field at fault), oversized bodies (413), and the MVC errors that
 * Spring already turns into problem details (wrong method, media type, unknown path…), titled in French.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestProblemsAdvice extends ResponseEntityExceptionHandler {

    private final long bodyLimit;

    public RequestProblemsAdvice(RequestLimits limits) {
        this.bodyLimit = limits.maxRequestBodyBytes();
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return respond(unreadable(exception), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> Problems.fieldError(error.getField(), messageOf(error)))
                .toList();
        return respond(Problems.ofFields("request.invalid-fields", errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, String>> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Problems.fieldError(result.getMethodParameter().getParameterName(),
                                                          error.getDefaultMessage())))
                .toList();
        return respond(Problems.ofFields("request.invalid-fields", errors), request);
    }

    /** Every other MVC error: Spring's status, a French title, and a code clients can key on. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && HttpStatus.resolve(problem.getStatus()) != null
            && problem.getProperties() == null) {
            HttpStatus status = HttpStatus.valueOf(problem.getStatus());
            problem.setTitle(Problems.titleOf(status));
            problem.setProperty("code", "request." + status.name().toLowerCase().replace('_', '-'));
            problem.setDetail(FrenchDetails.of(status, problem.getDetail()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ProblemDetail unreadable(HttpMessageNotReadableException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException) {
                return RequestBodyLimitFilter.tooLarge(bodyLimit);
            }
        }
        Throwable cause = exception.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                                  .collect(Collectors.joining(", "));
            return Problems.of(HttpStatus.BAD_REQUEST, "request.unknown-field", pathOf(unknown),
                    "Le champ « " + unknown.getPropertyName() + " » n'est pas attendu ici. Retirez-le ; les champs "
                    + "acceptés sont : " + known + ".");
        }
        if (cause instanceof InvalidFormatException invalid) {
            String accepted = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                    ? " Valeurs acceptées : " + Arrays.stream(invalid.getTargetType().getEnumConstants())
                                                      .map(String::valueOf).collect(Collectors.joining(", ")) + "."
                    : "";
            return Problems.of(HttpStatus.BAD_REQUEST, "request.invalid-value", pathOf(invalid),
                    "La valeur « " + invalid.getValue() + " » ne convient pas pour le champ « " + pathOf(invalid)
                    + " »." + accepted);
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Problems.of(HttpStatus.BAD_REQUEST, "request.invalid-value", pathOf(mapping),
                    "Le champ « " + pathOf(mapping) + " » n'a pas le bon type : un texte est attendu entre "
                    + "guillemets, un choix parmi les valeurs indiquées dans la documentation de l'API.");
        }
        if (cause instanceof JsonProcessingException parse && parse.getLocation() != null) {
            return Problems.of(HttpStatus.BAD_REQUEST, "request.malformed-json", null,
                    "Le corps de la requête n'est pas un JSON valide (ligne " + parse.getLocation().getLineNr()
                    + ", colonne " + parse.getLocation().getColumnNr() + "). Vérifiez les guillemets, les "
                    + "virgules et les accolades.");
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "request.body-missing", null,
                "Le corps de la requête manque ou ne se lit pas : envoyez un objet JSON "
                + "(Content-Type: application/json).");
    }

    private static String pathOf(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                                                                   : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String messageOf(FieldError error) {
        return error.getDefaultMessage() == null ? "Valeur invalide." : error.getDefaultMessage();
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem, WebRequest request) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
