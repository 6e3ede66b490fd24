package com.nyfacialparalysis.clinic;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The clinic's facts, shown on every page. The defaults are the clinic's own published
 * details; each can be changed with a {@code clinic.*} property or environment variable
 * without touching a template.
 *
 * @param name full name of the clinic
 * @param shortName the abbreviation people use
 * @param tagline what the clinic does, in a few words
 * @param siteUrl the public address of the site, used for canonical links and the sitemap
 * @param address the street address
 * @param phones the clinic's phone lines, the first being the main one
 * @param fax the fax number, or empty
 * @param email an email address for patients, or empty when the clinic publishes none
 * @param hours when the front desk answers
 */
@ConfigurationProperties("clinic")
public record ClinicProperties(@DefaultValue("New York Facial Paralysis") String name,
		@DefaultValue("NYFP") String shortName,
		@DefaultValue("Diagnosis, medical and surgical treatment") String tagline,
		@DefaultValue("http://localhost:8080") URI siteUrl, @DefaultValue Address address, @DefaultValue( {
				"(212) 434-4050", "(212) 371-3223|(212) 37-FACE" }) List<Phone> phones,
		@DefaultValue("(212) 434-4059") String fax, @DefaultValue("") String email, @DefaultValue Hours hours){

	public ClinicProperties {
		if (phones.isEmpty()) {
			throw new IllegalArgumentException("clinic.phones needs at least one phone number");
		}
	}

	/** The main phone line, the one shown where there is room for only one. */
	public Phone mainPhone() {
		return this.phones.get(0);
	}

	public boolean hasEmail() {
		return StringUtils.hasText(this.email);
	}

	public boolean hasFax() {
		return StringUtils.hasText(this.fax);
	}

	/** The site address without a trailing slash, for building absolute links. */
	public String baseUrl() {
		String url = this.siteUrl.toString();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	public record Address(@DefaultValue("Grand Park Building") String building,
			@DefaultValue("110 East 40 Street") String street, @DefaultValue("Suite 501") String suite,
			@DefaultValue("New York") String city, @DefaultValue("NY") String region,
			@DefaultValue("10016") String postalCode, @DefaultValue("US") String country,
			@DefaultValue("Manhattan Eye, Ear, and Throat Hospital") String hospital) {
	}

	/**
	 * A phone line. Written in configuration as {@code "(212) 371-3223"} or, with the
	 * letters it spells, {@code "(212) 371-3223|(212) 37-FACE"}.
	 */
	public record Phone(String number, String spelled) {

		public Phone(String number) {
			this(number.contains("|") ? number.substring(0, number.indexOf('|')).trim() : number.trim(),
					number.contains("|") ? number.substring(number.indexOf('|') + 1).trim() : "");
		}

		/** The number for a {@code tel:} link, in international form. */
		public String tel() {
			return PhoneNumbers.toTelUri(this.number);
		}

		public boolean hasSpelling() {
			return StringUtils.hasText(this.spelled);
		}

	}

	public record Hours(@DefaultValue( {
			"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) Set<DayOfWeek> days,
			@DefaultValue("08:30") LocalTime opens, @DefaultValue("17:00") LocalTime closes,
			@DefaultValue("America/New_York") ZoneId zone){

		public Hours {
			days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
			if (!opens.isBefore(closes)) {
				throw new IllegalArgumentException("clinic.hours.opens must be before clinic.hours.closes");
			}
		}

		/** "Monday", for the first open day of the week. */
		public String firstDayName() {
			return firstDay().getDisplayName(TextStyle.FULL, Locale.US);
		}

		/** "Friday", for the last open day of the week. */
		public String lastDayName() {
			return lastDay().getDisplayName(TextStyle.FULL, Locale.US);
		}

		/** "Eastern Time", the name of the clinic's time zone. */
		public String zoneName() {
			return this.zone.getDisplayName(TextStyle.FULL, Locale.US);
		}

		/** The first open day's name in a reader's language ("lunes"). */
		public String firstDayName(Locale locale) {
			return firstDay().getDisplayName(TextStyle.FULL, locale);
		}

		/** The last open day's name in a reader's language ("viernes"). */
		public String lastDayName(Locale locale) {
			return lastDay().getDisplayName(TextStyle.FULL, locale);
		}

		/** The time zone's name in a reader's language ("hora del Este"). */
		public String zoneName(Locale locale) {
			return this.zone.getDisplayName(TextStyle.FULL, locale);
		}

		public boolean isOpenOn(DayOfWeek day) {
			return this.days.contains(day);
		}

		public DayOfWeek firstDay() {
			return this.days.iterator().next();
		}

		public DayOfWeek lastDay() {
			DayOfWeek last = null;
			for (DayOfWeek day : this.days) {
				last = day;
			}
			return last;
		}

	}

}
