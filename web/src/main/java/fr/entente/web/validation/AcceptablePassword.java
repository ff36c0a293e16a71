package fr.entente.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A password a person chooses: at least 12 characters (a sentence is easier to remember than a jumble), at most 72
 * bytes, the most BCrypt reads, and hard enough to guess ({@link PasswordStrength}: not a common password, a
 * keyboard run or a repetition), said with its own message.
 */
@Documented
@Constraint(validatedBy = AcceptablePassword.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptablePassword {

    int MIN_LENGTH = 12;
    int MAX_BYTES = 72;

    String WEAK_MESSAGE = "{valid.password.weak}";

    String message() default "{valid.password}";

    /** The fewest characters: named by the message. */
    int min() default MIN_LENGTH;

    /** The most bytes in UTF-8: named by the message. */
    int maxBytes() default MAX_BYTES;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AcceptablePassword, String> {

        private int min;
        private int maxBytes;

        @Override
        public void initialize(AcceptablePassword constraint) {
            min = constraint.min();
            maxBytes = constraint.maxBytes();
        }

        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            if (!PasswordStrength.withinLength(password, min, maxBytes)) {
                return false;
            }
            if (!PasswordStrength.strongEnough(password)) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(WEAK_MESSAGE).addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
