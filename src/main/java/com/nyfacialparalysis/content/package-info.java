/**
 * The medical pages: loading and checking the Markdown files, the condition, treatment
 * and general pages, search, the sitemap and robots.txt; with clinicians' sign-offs
 * ({@code review}) and readers' answers ({@code feedback}), which the desk's Content
 * screen uses.
 */
@ApplicationModule(displayName = "Medical pages", allowedDependencies = { "audit", "clinic", "system",
		"system :: limits", "system :: pagecache", "system :: security", "system :: site" })
package com.nyfacialparalysis.content;

import org.springframework.modulith.ApplicationModule;
