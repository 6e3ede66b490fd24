package com.nyfacialparalysis.clinic;

/**
 * Turns a phone number as people write it into the form a {@code tel:} link needs.
 */
public final class PhoneNumbers {

	private PhoneNumbers() {
	}

	/**
	 * {@code "(212) 434-4050"} becomes {@code "tel:+12124344050"}; a number already
	 * written with a leading {@code +} keeps its country code.
	 */
	public static String toTelUri(String number) {
		String withoutExtension = number.replaceAll("(?i)\\s*(x|ext\\.?|extension)\\s*[0-9]+\\s*$", "");
		String digits = withoutExtension.replaceAll("[^0-9]", "");
		if (number.trim().startsWith("+")) {
			return "tel:+" + digits;
		}
		if (digits.length() == 10) {
			return "tel:+1" + digits;
		}
		if (digits.length() == 11 && digits.startsWith("1")) {
			return "tel:+" + digits;
		}
		return "tel:" + digits;
	}

}
