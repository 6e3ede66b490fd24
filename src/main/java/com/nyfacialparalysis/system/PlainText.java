package com.nyfacialparalysis.system;

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
 * Text a person typed, without invisible control characters: a NUL byte, an escape
 * sequence or a right-to-left override has no place in a name or a message, and some
 * databases refuse them (PostgreSQL refuses NUL). Tabs are allowed; line breaks only
 * where {@link #multiline()} says so. An empty value is left to other rules.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	String message() default "{validation.plainText}";

	/**
	 * Whether line breaks are allowed (a message, a note), or the text is one line (a
	 * name, a phone).
	 */
	boolean multiline() default false;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a value character by character. */
	class Validator implements ConstraintValidator<PlainText, CharSequence> {

		private boolean multiline;

		@Override
		public void initialize(PlainText annotation) {
			this.multiline = annotation.multiline();
		}

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value == null || isPlain(value, this.multiline);
		}

		/**
		 * Whether the text holds no control character but tabs (and line breaks, when
		 * multiline).
		 */
		public static boolean isPlain(CharSequence value, boolean multiline) {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c == '\t' || (multiline && (c == '\n' || c == '\r'))) {
					continue;
				}
				if (Character.isISOControl(c) || isDirectionOverride(c) || c == '\u2028' || c == '\u2029') {
					return false;
				}
				if (Character.isSurrogate(c)) {
					boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
							&& Character.isLowSurrogate(value.charAt(i + 1));
					if (!paired) {
						return false;
					}
					i++;
				}
			}
			return true;
		}

		/**
		 * The bidirectional embedding, override and isolate characters, which can make
		 * text read backwards.
		 */
		private static boolean isDirectionOverride(char c) {
			return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
		}

	}

}
