/**
 * The signed-in staff desk: the inbox, a request's page, the audit log screen, the CSV
 * export, the clinicians' Content screen ({@code content}), and the desk's frame drawn on
 * every staff page.
 */
@ApplicationModule(displayName = "Staff desk", allowedDependencies = { "accounts", "audit", "clinic", "consultation",
		"content", "content :: feedback", "content :: review", "requests", "system", "system :: site" })
package com.nyfacialparalysis.desk;

import org.springframework.modulith.ApplicationModule;
