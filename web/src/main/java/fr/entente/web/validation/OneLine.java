package fr.entente.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-line text (a title, a place, a name, an address): no line break, tab or other control character, and no
 * character that changes the direction of the text (U+202E and its kin). A title that carries a line break forges
 * lines in the mails and calendar entries it is written into; a direction override shows readers a text other than
 * the one stored.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = OneLine.PATTERN)
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD,
         ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneLine {

    /** Controls (C0, C1), line and paragraph separators, bidirectional marks, embeddings, overrides and isolates. */
    String PATTERN = "[^\\p{Cc}\\u2028\\u2029\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*";

    String message() default "{valid.one-line}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
