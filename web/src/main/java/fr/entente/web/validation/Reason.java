package fr.entente.web.validation;

import fr.entente.meeting.api.MeetingLimits;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Why a meeting is cancelled, a request declined or an item taken off: required, since it is shown to the members
 * concerned.
 */
@Documented
@Constraint(validatedBy = {})
@NotBlank(message = "{valid.reason.blank}")
@Size(max = MeetingLimits.REASON, message = "{valid.reason.size}")
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Reason {

    String message() default "{valid.reason.blank}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
