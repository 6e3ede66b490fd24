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

import com.nyfacialparalysis.requests.CallLanguage;

/**
 * "Another language" comes with the language's name, and a name comes with "Another
 * language". The box is always on the page (it needs no script to appear), so a name
 * written while another choice is ticked is asked about, never dropped or guessed at.
 */
@Documented
@Constraint(validatedBy = OtherLanguageNamed.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface OtherLanguageNamed {

	String message() default "{consultation.otherLanguage.required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<OtherLanguageNamed, ConsultationForm> {

		@Override
		public boolean isValid(ConsultationForm form, ConstraintValidatorContext context) {
			boolean named = form.getOtherLanguage() != null && !form.getOtherLanguage().isBlank();
			boolean other = form.getCallLanguage() == CallLanguage.OTHER;
			if (other == named) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context
				.buildConstraintViolationWithTemplate(
						other ? "{consultation.otherLanguage.required}" : "{consultation.otherLanguage.notChosen}")
				.addPropertyNode("otherLanguage")
				.addConstraintViolation();
			return false;
		}

	}

}
