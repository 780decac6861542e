package org.casealert.intake.report;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An instant at most five minutes ahead of the server's clock (hotline clocks drift a little). */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotFarAhead.Validator.class)
public @interface NotFarAhead {

    String message() default "must not be more than 5 minutes in the future";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NotFarAhead, Instant> {

        private static final Duration TOLERANCE = Duration.ofMinutes(5);

        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || !value.isAfter(context.getClockProvider().getClock().instant().plus(TOLERANCE));
        }
    }
}
