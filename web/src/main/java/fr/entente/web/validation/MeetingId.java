package fr.entente.web.validation;

import fr.entente.meeting.api.MeetingLimits;
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
 * A meeting's identifier chosen by the client: lower-case letters, digits and hyphens, like a UUID or
 * {@code gt-2026-06-09}. Optional: the hub then chooses one.
 */
@Documented
@Constraint(validatedBy = {})
@Size(min = MeetingLimits.SHORTEST_ID, max = MeetingLimits.MEETING_ID, message = "{valid.meeting-id.size}")
@Pattern(regexp = MeetingId.PATTERN, message = "{valid.meeting-id.pattern}")
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface MeetingId {

    String PATTERN = "[a-z0-9][a-z0-9-]*";

    String message() default "{valid.meeting-id.pattern}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
