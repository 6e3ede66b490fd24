/**
 * Nightly backups of the embedded H2 database, encrypted with a key from the site secret,
 * restoring one, and the administrators' Backups page.
 */
@ApplicationModule(displayName = "Backups", allowedDependencies = { "audit", "system", "system :: secrets" })
package com.nyfacialparalysis.backup;

import org.springframework.modulith.ApplicationModule;
