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

import com.nyfacialparalysis.requests.PreferredContact;

/**
 * At least one way to reach the person, and the one they prefer filled in. Each problem
 * is reported on the field the person has to fix.
 */
@Documented
@Constraint(validatedBy = ContactDetailsGiven.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ContactDetailsGiven {

	String message() default "{consultation.contact.required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ContactDetailsGiven, ConsultationForm> {

		@Override
		public boolean isValid(ConsultationForm form, ConstraintValidatorContext context) {
			boolean hasPhone = form.getPhone() != null && !form.getPhone().isBlank();
			boolean hasEmail = form.getEmail() != null && !form.getEmail().isBlank();
			if (!hasPhone && !hasEmail) {
				return problem(context, "phone", "{consultation.contact.required}");
			}
			if (form.getPreferredContact() == PreferredContact.PHONE && !hasPhone) {
				return problem(context, "phone", "{consultation.phone.preferredButMissing}");
			}
			if (form.getPreferredContact() == PreferredContact.EMAIL && !hasEmail) {
				return problem(context, "email", "{consultation.email.preferredButMissing}");
			}
			return true;
		}

		private static boolean problem(ConstraintValidatorContext context, String field, String message) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
			return false;
		}

	}

}
