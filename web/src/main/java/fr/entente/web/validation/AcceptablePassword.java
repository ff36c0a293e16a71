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
import java.nio.charset.StandardCharsets;

/**
 * A password a person chooses: at least 12 characters (a sentence is easier to remember than a jumble), and at
 * most 72 bytes, the most BCrypt reads.
 */
@Documented
@Constraint(validatedBy = AcceptablePassword.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptablePassword {

    int MIN_LENGTH = 12;
    int MAX_BYTES = 72;

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
            return password != null
                   && password.codePointCount(0, password.length()) >= min
                   && password.getBytes(StandardCharsets.UTF_8).length <= maxBytes;
        }
    }
}
