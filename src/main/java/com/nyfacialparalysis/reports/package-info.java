/**
 * The practice manager's reports: weekly figures, charts and their CSV, from the figures
 * the requests offer ({@code requests :: figures}).
 */
@ApplicationModule(displayName = "Reports",
		allowedDependencies = { "audit", "clinic", "consultation", "desk", "requests :: figures", "system :: site" })
package com.nyfacialparalysis.reports;

import org.springframework.modulith.ApplicationModule;
