package org.casealert.intake.report;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date that is not in the future anywhere on Earth. A date has no time zone: "today" in Yanji
 * (UTC+8) is still "tomorrow" in UTC for eight hours, and such a report must not be refused.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DateNotAhead.Validator.class)
public @interface DateNotAhead {

    String message() default "must not be in the future";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    class Validator implements ConstraintValidator<DateNotAhead, LocalDate> {

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isAfter(
                    LocalDate.ofInstant(context.getClockProvider().getClock().instant(), EARLIEST_ZONE));
        }
    }
}
