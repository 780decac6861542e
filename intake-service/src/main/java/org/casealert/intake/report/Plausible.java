package org.casealert.intake.report;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A date or time between 1950 and 2199: anything else is a typo, and may not even fit the database. */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = { Plausible.DateValidator.class, Plausible.InstantValidator.class })
public @interface Plausible {

    String message() default "must be between 1950 and 2199";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    LocalDate LATEST = LocalDate.of(2199, 12, 31);

    class DateValidator implements ConstraintValidator<Plausible, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(EARLIEST) && !value.isAfter(LATEST);
        }
    }

    class InstantValidator implements ConstraintValidator<Plausible, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
                    && value.isBefore(LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
    }
}
