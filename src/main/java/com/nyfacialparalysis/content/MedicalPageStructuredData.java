package com.nyfacialparalysis.content;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.nyfacialparalysis.clinic.ClinicProperties;

/**
 * A condition or treatment page described for search engines as a schema.org
 * {@code MedicalWebPage} about a {@code MedicalCondition} or a therapy.
 */
@Component
class MedicalPageStructuredData {

	private final ClinicProperties clinic;

	MedicalPageStructuredData(ClinicProperties clinic) {
		this.clinic = clinic;
	}

	Map<String, Object> of(ContentPage page) {
		Map<String, Object> about = new LinkedHashMap<>();
		about.put("@type", page.kind() == PageKind.CONDITION ? "MedicalCondition" : page.schemaType());
		about.put("name", page.title());
		if (!page.alsoKnownAs().isEmpty()) {
			about.put("alternateName", page.alsoKnownAs());
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "MedicalWebPage");
		data.put("name", page.title());
		data.put("description", page.summary());
		data.put("url", this.clinic.baseUrl() + page.path());
		data.put("inLanguage", "en-US");
		data.put("lastReviewed", page.lastReviewed().toString());
		data.put("reviewedBy", Map.of("@type", "Organization", "name", page.reviewedBy()));
		data.put("audience", Map.of("@type", "PeopleAudience", "audienceType", "Patient"));
		data.put("publisher", Map.of("@type", "MedicalClinic", "name", this.clinic.name()));
		data.put("about", about);
		return data;
	}

}
