package fr.entente.web.problem;

import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * What the web layer refuses itself, beside the domain's refusals: requests it cannot read, things a person may not
 * see, sign-in and accounts, failures. Each has its status, the code clients key on, the field at fault (or none)
 * and what the <code>{0}</code>, <code>{1}</code>… of its sentence in {@code refusals*.properties} stand for.
 */
public enum WebRefusal {

    /** Said alike of what does not exist and of what the person may not see, so that nobody learns what exists. */
    COOPERATION_NOT_VISIBLE(HttpStatus.NOT_FOUND, "cooperation.not-found", null),
    BODY_NOT_VISIBLE(HttpStatus.NOT_FOUND, "body.not-found", null),
    /** The same code and sentence as the meeting's own refusal, {@code MeetingRefusal.NOT_FOUND}. */
    MEETING_NOT_VISIBLE(HttpStatus.NOT_FOUND, "meeting.not-found", null),
    INVITATION_NOT_VISIBLE(HttpStatus.NOT_FOUND, "invitation.not-found", null),
    /** A forum mail's unsubscribe link whose signature does not match: changed by hand, or made by another hub. */
    UNSUBSCRIBE_LINK_INVALID(HttpStatus.BAD_REQUEST, "unsubscribe.link-invalid", null),
    /** The same code and sentence as the decision's own refusal, {@code DecisionRefusal.NOT_FOUND}. */
    DECISION_NOT_VISIBLE(HttpStatus.NOT_FOUND, "decision.not-found", null),

    CONCURRENT_CHANGE(HttpStatus.CONFLICT, "request.concurrent-change", null),
    SERVER_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "server.error", null),

    EMAIL_TAKEN(HttpStatus.CONFLICT, "account.email-taken", "email"),
    /** An account is the hub's: erased only once its holder belongs to no cooperation but this one. */
    PERSON_BELONGS_ELSEWHERE(HttpStatus.CONFLICT, "account.person-belongs-elsewhere", "personId"),
    USERNAME_TAKEN(HttpStatus.CONFLICT, "account.username-taken", "username"),
    WRONG_PASSWORD(HttpStatus.UNPROCESSABLE_ENTITY, "account.wrong-password", "currentPassword"),
    PASSWORDS_DIFFER(HttpStatus.UNPROCESSABLE_ENTITY, "account.passwords-differ", "confirmation"),
    PASSWORD_UNACCEPTABLE(HttpStatus.UNPROCESSABLE_ENTITY, "account.password-unacceptable", "password",
                          "fewestCharacters", "mostBytes"),
    PASSWORD_TOO_WEAK(HttpStatus.UNPROCESSABLE_ENTITY, "account.password-too-weak", "password"),
    PASSWORD_CHANGE_THROTTLED(HttpStatus.TOO_MANY_REQUESTS, "account.password-change-throttled", "currentPassword",
                              "minutes"),

    /** The detail when several fields are at fault; with one, its own message. */
    INVALID_FIELDS(HttpStatus.UNPROCESSABLE_ENTITY, "request.invalid-fields", null),
    UNKNOWN_FIELD(HttpStatus.BAD_REQUEST, "request.unknown-field", null, "field", "acceptedFields"),
    INVALID_VALUE(HttpStatus.BAD_REQUEST, "request.invalid-value", null, "value", "field"),
    INVALID_CHOICE(HttpStatus.BAD_REQUEST, "request.invalid-value", null, "value", "field", "acceptedValues") {
        @Override
        public String sentenceKey() {
            return "request.invalid-value.choices";
        }
    },
    WRONG_TYPE(HttpStatus.BAD_REQUEST, "request.invalid-value", null, "field") {
        @Override
        public String sentenceKey() {
            return "request.wrong-type";
        }
    },
    MALFORMED_JSON(HttpStatus.BAD_REQUEST, "request.malformed-json", null, "line", "column"),
    /** A string holding half a surrogate pair: no text, refused rather than stored as U+FFFD. */
    MALFORMED_TEXT(HttpStatus.BAD_REQUEST, "request.malformed-text", null, "field"),
    BODY_MISSING(HttpStatus.BAD_REQUEST, "request.body-missing", null),
    TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "request.too-large", null, "kilobytes"),

    /** What Spring MVC reports itself, by status; any other status is {@code request.<status>}, "refused". */
    NO_SUCH_RESOURCE(HttpStatus.NOT_FOUND, "request.not-found", null),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "request.method-not-allowed", null),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.unsupported-media-type", null),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "request.not-acceptable", null),
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "request.bad-request", null),
    /** What the firewall or the servlet container refuses before the hub reads the request: its address. */
    REQUEST_REJECTED(HttpStatus.BAD_REQUEST, "request.rejected", null),

    SIGN_IN_REQUIRED(HttpStatus.UNAUTHORIZED, "auth.required", null),
    CSRF_TOKEN_MISSING(HttpStatus.FORBIDDEN, "auth.csrf-token-missing", null),
    FORBIDDEN(HttpStatus.FORBIDDEN, "auth.forbidden", null),
    SIGN_IN_FAILED(HttpStatus.UNAUTHORIZED, "sign-in.failed", null),
    SIGN_IN_THROTTLED(HttpStatus.TOO_MANY_REQUESTS, "sign-in.throttled", null, "minutes");

    /** The sentence of a status Spring MVC reports that none of the above names. */
    static final String OTHER_STATUS_SENTENCE = "request.refused";

    private final HttpStatus status;
    private final String code;
    private final String field;
    private final List<String> arguments;

    WebRefusal(HttpStatus status, String code, String field, String... arguments) {
        this.status = status;
        this.code = code;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The field at fault unless the caller names one; {@code null}: the request as a whole. */
    public String field() {
        return field;
    }

    public List<String> arguments() {
        return arguments;
    }

    /** The sentence's key: the code, unless a code clients already key on covers several situations. */
    public String sentenceKey() {
        return code;
    }
}
