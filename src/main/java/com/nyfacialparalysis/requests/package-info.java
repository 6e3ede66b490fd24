/**
 * The consultation requests themselves, and the one way to change one
 * ({@link com.nyfacialparalysis.requests.Requests}): the entity, status, owner, notes,
 * calls' effects, the inbox's read model and search
 * ({@link com.nyfacialparalysis.requests.Inbox}), retention, and the figures the reports
 * read ({@code figures}). It knows the staff only through
 * {@link com.nyfacialparalysis.requests.Colleagues}, by account id.
 */
@ApplicationModule(displayName = "Consultation requests", allowedDependencies = { "audit", "clinic", "system :: site" })
package com.nyfacialparalysis.requests;

import org.springframework.modulith.ApplicationModule;
