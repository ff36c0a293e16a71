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
 * A meeting's, a series' or an agenda item's title: a label, so plain text on one line, and short. Whether it is required
 * depends on the request, which says so with its own message.
 */
@Documented
@Constraint(validatedBy = {})
@Size(max = MeetingLimits.TITLE, message = "{valid.title.size}")
@PlainText(message = "{valid.title.markup}")
@OneLine
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Title {

    String message() default "{valid.title.size}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
