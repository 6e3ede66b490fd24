package com.nyfacialparalysis.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import com.nyfacialparalysis.system.PlainText;

/**
 * A new password: at least 12 characters and at most 200 (a long passphrase is welcome:
 * it is hashed with Argon2id, which has no length limit of its own), without invisible
 * control characters. Each problem has its own message.
 */
@Documented
@Constraint(validatedBy = NewPassword.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface NewPassword {

	String message() default "{staff.password.tooShort}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the length and the characters. */
	class Validator implements ConstraintValidator<NewPassword, String> {

		@Override
		public boolean isValid(String password, ConstraintValidatorContext context) {
			String problem = problem(password);
			if (problem == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
			return false;
		}

		private static String problem(String password) {
			if (password == null || password.length() < StaffAccount.PASSWORD_MIN) {
				return "{staff.password.tooShort}";
			}
			if (password.length() > StaffAccount.PASSWORD_MAX) {
				return "{staff.password.tooLong}";
			}
			if (!PlainText.Validator.isPlain(password, false)) {
				return "{validation.plainText}";
			}
			return null;
		}

		/** Whether a password would be accepted (for one set outside a form). */
		static boolean isAcceptable(String password) {
			return problem(password) == null;
		}

	}

}
