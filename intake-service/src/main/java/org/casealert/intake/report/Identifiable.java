package org.casealert.intake.report;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A detainee needs a name, a Hangul name or an alias, or the flag {@code "unnamed": true}. */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Identifiable.Validator.class)
public @interface Identifiable {

    String message() default "give name, nameHangul or aliases, or set \"unnamed\": true";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Identifiable, ReportRequest.Detainee> {

        @Override
        public boolean isValid(ReportRequest.Detainee detainee, ConstraintValidatorContext context) {
            if (detainee == null || detainee.isUnnamed() || hasText(detainee.name()) || hasText(detainee.nameHangul())
                    || detainee.aliasesOrEmpty().stream().anyMatch(Validator::hasText)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("name").addConstraintViolation();
            return false;
        }

        private static boolean hasText(String value) {
            return value != null && !value.isBlank();
        }
    }
}
