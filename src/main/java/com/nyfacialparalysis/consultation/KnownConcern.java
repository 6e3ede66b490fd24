package com.nyfacialparalysis.consultation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * One of the conditions the site describes, or "not sure". An empty value is left to
 * other rules.
 */
@Documented
@Constraint(validatedBy = KnownConcern.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@interface KnownConcern {

	String message() default "{consultation.concern.unknown}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<KnownConcern, String> {

		private final Concerns concerns;

		Validator(Concerns concerns) {
			this.concerns = concerns;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || this.concerns.isChoice(value);
		}

	}

}
