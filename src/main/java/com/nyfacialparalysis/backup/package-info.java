/**
 * Nightly backups of the embedded H2 database, and the administrators' Backups page.
 */
@ApplicationModule(displayName = "Backups", allowedDependencies = { "audit", "system" })
package com.nyfacialparalysis.backup;

import org.springframework.modulith.ApplicationModule;
