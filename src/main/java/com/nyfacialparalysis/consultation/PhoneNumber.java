package com.nyfacialparalysis.consultation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A phone number as people write them: {@code (212) 434-4050}, {@code 212.434.4050},
 * {@code +1 212 434 4050}, {@code +44 20 7946 0958}, with an optional extension
 * ({@code x123}, {@code ext. 123}). Between 7 and 15 digits, the international maximum.
 * An empty value is left to other rules.
 */
@Documented
@Constraint(validatedBy = PhoneNumber.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@interface PhoneNumber {

	String message() default "{consultation.phone.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PhoneNumber, String> {

		private static final Pattern SHAPE = Pattern.compile(
				"\\+?\\(?[0-9][0-9 ().\\-]*[0-9](\\s*(x|ext\\.?|extension)\\s*[0-9]{1,6})?", Pattern.CASE_INSENSITIVE);

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			String number = value.replaceAll("(?i)\\s*(x|ext\\.?|extension)\\s*[0-9]{1,6}$", "");
			long digits = number.chars().filter(Character::isDigit).count();
			return SHAPE.matcher(value).matches() && digits >= 7 && digits <= 15;
		}

	}

}
