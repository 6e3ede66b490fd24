package com.nyfacialparalysis.content;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.content.review.ReviewNotice;

/**
 * A condition or treatment page described for search engines as a schema.org
 * {@code MedicalWebPage} about a {@code MedicalCondition} or a therapy, with its
 * {@code lastReviewed} date and reviewer only when a clinician signed off its current
 * text.
 */
@Component
class MedicalPageStructuredData {

	private final ClinicProperties clinic;

	MedicalPageStructuredData(ClinicProperties clinic) {
		this.clinic = clinic;
	}

	Map<String, Object> of(ContentPage page, ReviewNotice review) {
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
		// A review is claimed only when a clinician signed off the text served now.
		if (review.signedOff()) {
			Map<String, Object> reviewer = new LinkedHashMap<>();
			reviewer.put("@type", "Person");
			reviewer.put("name", review.reviewer().name());
			if (review.reviewer().jobTitle() != null) {
				reviewer.put("jobTitle", review.reviewer().jobTitle());
			}
			data.put("lastReviewed", review.reviewedOn().toString());
			data.put("reviewedBy", reviewer);
		}
		data.put("audience", Map.of("@type", "PeopleAudience", "audienceType", "Patient"));
		data.put("publisher", Map.of("@type", "MedicalClinic", "name", this.clinic.name()));
		data.put("about", about);
		return data;
	}

}
