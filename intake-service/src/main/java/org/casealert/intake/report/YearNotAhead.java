package org.casealert.intake.report;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A year not after the current one (in the earliest time zone, as for {@link DateNotAhead}). */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = YearNotAhead.Validator.class)
public @interface YearNotAhead {

    String message() default "must not be after the current year";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<YearNotAhead, Integer> {

        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            return value == null || value <= LocalDate.ofInstant(context.getClockProvider().getClock().instant(),
                    DateNotAhead.EARLIEST_ZONE).getYear();
        }
    }
}
