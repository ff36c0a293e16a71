package fr.entente.web.validation;

import fr.entente.meeting.api.MeetingLimits;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a meeting is held: a label, so plain text on one line, and short; optional when there is a video link.
 */
@Documented
@Constraint(validatedBy = {})
@Size(max = MeetingLimits.PLACE, message = "{valid.place.size}")
@PlainText(message = "{valid.place.markup}")
@OneLine
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Place {

    String message() default "{valid.place.size}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
