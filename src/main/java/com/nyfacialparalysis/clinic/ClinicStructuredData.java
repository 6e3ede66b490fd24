package com.nyfacialparalysis.clinic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The clinic described for search engines as a schema.org {@code MedicalClinic}.
 */
@Component
public class ClinicStructuredData {

	private final ClinicProperties clinic;

	ClinicStructuredData(ClinicProperties clinic) {
		this.clinic = clinic;
	}

	public Map<String, Object> medicalClinic() {
		ClinicProperties.Address address = this.clinic.address();
		ClinicProperties.Hours hours = this.clinic.hours();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "MedicalClinic");
		data.put("name", this.clinic.name());
		data.put("alternateName", this.clinic.shortName());
		data.put("description", this.clinic.tagline());
		data.put("url", this.clinic.baseUrl() + "/");
		data.put("telephone", this.clinic.mainPhone().tel().substring("tel:".length()));
		if (this.clinic.hasFax()) {
			data.put("faxNumber", this.clinic.fax());
		}
		if (this.clinic.hasEmail()) {
			data.put("email", this.clinic.email());
		}
		data.put("address",
				Map.of("@type", "PostalAddress", "streetAddress", address.street() + ", " + address.suite(),
						"addressLocality", address.city(), "addressRegion", address.region(), "postalCode",
						address.postalCode(), "addressCountry", address.country()));
		data.put("openingHoursSpecification",
				Map.of("@type", "OpeningHoursSpecification", "dayOfWeek",
						hours.days().stream().map((day) -> "https://schema.org/" + capitalised(day.name())).toList(),
						"opens", hours.opens().toString(), "closes", hours.closes().toString()));
		data.put("medicalSpecialty", List.of("Neurologic", "Otolaryngologic", "PlasticSurgery"));
		return data;
	}

	private static String capitalised(String name) {
		return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
	}

}
