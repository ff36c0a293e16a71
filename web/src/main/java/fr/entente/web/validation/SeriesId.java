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
 * A series' identifier chosen by the client, written as a meeting's; shorter, since each of its meetings is
 * identified as {@code <seriesId>-<yyyy-MM-dd>}. Optional: the hub then chooses one.
 */
@Documented
@Constraint(validatedBy = {})
@Size(min = MeetingLimits.SHORTEST_ID, max = MeetingLimits.SERIES_ID, message = "{valid.series-id.size}")
@Pattern(regexp = MeetingId.PATTERN, message = "{valid.series-id.pattern}")
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface SeriesId {

    String message() default "{valid.series-id.pattern}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
