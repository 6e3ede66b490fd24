/**
 * What every feature leans on, each job in a sub-package of its own offered as a named
 * interface: {@code security}, {@code pagecache}, {@code limits}, {@code site},
 * {@code secrets}. Directly here: the clock, scheduling, the plain-text constraint and
 * the shared form helpers (the error summary, 303 after a form). It leans on no other
 * module.
 */
@ApplicationModule(displayName = "System", allowedDependencies = {})
package com.nyfacialparalysis.system;

import org.springframework.modulith.ApplicationModule;
