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
 * A video-conference link: an http(s) address, never a {@code javascript:} one, since the pages make it a link.
 */
@Documented
@Constraint(validatedBy = {})
@Size(max = MeetingLimits.VIDEO_LINK, message = "{valid.video-link.size}")
@Pattern(regexp = "https?://[^\\s<>\"']+", message = "{valid.video-link.pattern}")
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface VideoLink {

    String message() default "{valid.video-link.pattern}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
