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
 * A name or label typed by a person: plain text, without {@code <} or {@code >}, so that no markup or script can
 * be stored and shown to others. (Pages escape what they show as well; this refuses it at the door.)
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[^<>]*")
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD,
         ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{valid.plain-text}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
