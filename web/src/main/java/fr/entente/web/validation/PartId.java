package fr.entente.web.validation;

import fr.entente.meeting.api.MeetingLimits;
import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The identifier of what a meeting holds (a request, an item, a note block, a proposal, an action, an
 * amendment), chosen by the client: letters, digits, hyphens and underscores. Optional: the hub then chooses one.
 */
@Documented
@Constraint(validatedBy = {})
@Size
@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*")
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PartId {

    String message() default "{valid.part-id}";

    /** The longest identifier, named by the message. */
    @OverridesAttribute(constraint = Size.class, name = "max")
    int max() default MeetingLimits.PART_ID;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
