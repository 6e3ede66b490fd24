package com.nyfacialparalysis.requests;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Makes the reference a person reads out over the phone: eight characters in two groups,
 * such as {@code K7QP-3MXD}, from an alphabet with no look-alikes (no 0/O, 1/I/L, 5/S,
 * 8/B). Each is drawn at random, so one reference says nothing about the next; about
 * 10<sup>11</sup> are possible.
 */
@Component
public class ReferenceGenerator {

	public static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY234679";

	private final SecureRandom random = new SecureRandom();

	public String next() {
		StringBuilder reference = new StringBuilder(9);
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				reference.append('-');
			}
			reference.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return reference.toString();
	}

}
