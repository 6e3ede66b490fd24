/**
 * The call log: calls back logged on a request's page, what each did to the request, and
 * the calls shown on the desk's inbox and request page.
 */
@ApplicationModule(displayName = "Call log",
		allowedDependencies = { "accounts", "clinic", "desk", "requests", "system" })
package com.nyfacialparalysis.calls;

import org.springframework.modulith.ApplicationModule;
