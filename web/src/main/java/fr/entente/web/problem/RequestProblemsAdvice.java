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
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static fr.entente.web.problem.Problems.currentLocale;

/**
 * Problem details for requests the API cannot take as they are: unreadable JSON (naming the field when Jackson
 * says which), invalid fields (422 with every field at fault, each message from Bean Validation in the reader's
 * language), oversized bodies (413), and the MVC errors that Spring already turns into problem details (wrong
 * method, media type, unknown path…), worded in the reader's language. Each is logged as one line.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestProblemsAdvice extends ResponseEntityExceptionHandler {

    private final long bodyLimit;
    private final Problems problems;

    public RequestProblemsAdvice(RequestLimits limits, Problems problems) {
        this.bodyLimit = limits.maxRequestBodyBytes();
        this.problems = problems;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return respond(unreadable(exception, currentLocale()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> Problems.fieldError(error.getField(), messageOf(error)))
                .toList();
        return respond(invalidFields(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        // a request body's fields are named as such; a path's or parameter's constraint names the parameter
        List<Map<String, String>> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors body
                        ? body.getFieldErrors().stream().map(error -> Problems.fieldError(error.getField(), messageOf(error)))
                        : result.getResolvableErrors().stream()
                                .map(error -> Problems.fieldError(result.getMethodParameter().getParameterName(),
                                                                  error.getDefaultMessage())))
                .toList();
        return respond(invalidFields(errors));
    }

    /** Every other MVC error: Spring's status, a title and a detail in the reader's language, a code to key on. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && HttpStatus.resolve(problem.getStatus()) != null
            && problem.getProperties() == null) {
            problems.reword(currentLocale(), problem, HttpStatus.valueOf(problem.getStatus()));
            RefusalLog.refused(String.valueOf(problem.getProperties().get("code")), null);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ProblemDetail invalidFields(List<Map<String, String>> errors) {
        RefusalLog.refused(WebRefusal.INVALID_FIELDS.code(),
                           errors.stream().map(error -> error.get("field")).collect(Collectors.joining(", ")));
        return problems.ofFields(currentLocale(), errors);
    }

    private ProblemDetail unreadable(HttpMessageNotReadableException exception, Locale locale) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException) {
                return refused(locale, null, WebRefusal.TOO_LARGE, RequestBodyLimitFilter.kilobytes(bodyLimit));
            }
        }
        Throwable cause = exception.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                                  .collect(Collectors.joining(", "));
            return refused(locale, pathOf(unknown), WebRefusal.UNKNOWN_FIELD, unknown.getPropertyName(), known);
        }
        if (cause instanceof InvalidFormatException invalid) {
            if (invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
                String accepted = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(String::valueOf)
                                        .collect(Collectors.joining(", "));
                return refused(locale, pathOf(invalid), WebRefusal.INVALID_CHOICE, String.valueOf(invalid.getValue()),
                               pathOf(invalid), accepted);
            }
            return refused(locale, pathOf(invalid), WebRefusal.INVALID_VALUE, String.valueOf(invalid.getValue()),
                           pathOf(invalid));
        }
        if (cause instanceof MalformedTextException malformed) {
            return refused(locale, pathOf(malformed), WebRefusal.MALFORMED_TEXT, pathOf(malformed));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return refused(locale, pathOf(mapping), WebRefusal.WRONG_TYPE, pathOf(mapping));
        }
        if (cause instanceof JsonProcessingException parse && parse.getLocation() != null) {
            return refused(locale, null, WebRefusal.MALFORMED_JSON, parse.getLocation().getLineNr(),
                           parse.getLocation().getColumnNr());
        }
        return refused(locale, null, WebRefusal.BODY_MISSING);
    }

    private ProblemDetail refused(Locale locale, String field, WebRefusal refusal, Object... arguments) {
        RefusalLog.refused(refusal.code(), field);
        return problems.onField(locale, field, refusal, arguments);
    }

    private static String pathOf(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                                                                   : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private String messageOf(FieldError error) {
        return error.getDefaultMessage() != null ? error.getDefaultMessage()
                                                 : problems.sentence(currentLocale(), "valid.default");
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
