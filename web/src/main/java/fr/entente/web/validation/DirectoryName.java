package fr.entente.web.validation;

import fr.entente.cooperation.api.CooperationLimits;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A centre's, a partner's or a body's name: plain text, and short. Whether it is required depends on the request,
 * which says so with its own message.
 */
@Documented
@Constraint(validatedBy = {})
@Size(max = CooperationLimits.NAME, message = "{valid.name.size}")
@PlainText
@OneLine
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface DirectoryName {

    String message() default "{valid.name.size}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
