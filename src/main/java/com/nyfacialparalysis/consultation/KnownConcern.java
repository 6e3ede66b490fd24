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

import com.nyfacialparalysis.content.ContentLibrary;

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

		private final ContentLibrary library;

		Validator(ContentLibrary library) {
			this.library = library;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank() || ConsultationRequest.NOT_SURE.equals(value)) {
				return true;
			}
			return this.library.conditions().stream().anyMatch((condition) -> condition.slug().equals(value));
		}

	}

}
