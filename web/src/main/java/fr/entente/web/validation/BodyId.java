package fr.entente.web.validation;

import fr.entente.cooperation.api.CooperationLimits;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A body's identifier chosen by the client: lower-case letters, digits and hyphens, such as
 * {@code gt-observatoire}. Optional: the hub then chooses one.
 */
@Documented
@Constraint(validatedBy = {})
@Size(min = CooperationLimits.SHORTEST_BODY_ID, max = CooperationLimits.BODY_ID, message = "{valid.body-id.size}")
@Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{valid.body-id.pattern}")
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface BodyId {

    String message() default "{valid.body-id.pattern}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
