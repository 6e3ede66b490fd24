/**
 * The public consultation form: the form, its tokens and abuse limits, the confirmation,
 * the concerns a person can choose, and the staff notification email. A valid request is
 * handed to requests.
 */
@ApplicationModule(displayName = "Consultation form", allowedDependencies = { "clinic", "content", "requests", "system",
		"system :: limits", "system :: pagecache", "system :: secrets", "system :: security", "system :: site" })
package com.nyfacialparalysis.consultation;

import org.springframework.modulith.ApplicationModule;
