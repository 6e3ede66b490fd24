/**
 * The clinic's facts: name, phones, address, opening hours and closed days (and the
 * calendar of open hours the call-back promise is counted in), how long closed requests
 * are kept, and the contact page.
 */
@ApplicationModule(displayName = "Clinic", allowedDependencies = { "system :: site" })
package com.nyfacialparalysis.clinic;

import org.springframework.modulith.ApplicationModule;
