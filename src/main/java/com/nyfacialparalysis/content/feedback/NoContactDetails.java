package com.nyfacialparalysis.content.feedback;

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
 * A comment holds no email address, phone number or date ({@link ContactDetails}).
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoContactDetails.Check.class)
@interface NoContactDetails {

	String message() default "{feedback.comment.contactDetails}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The check itself. */
	class Check implements ConstraintValidator<NoContactDetails, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return !ContactDetails.in(value);
		}

	}

}
