/**
 * The audit log: who did what to which request, when and from where. Every module writes
 * it ({@link com.nyfacialparalysis.audit.AuditLog}); it leans on none.
 */
@ApplicationModule(displayName = "Audit log", allowedDependencies = {})
package com.nyfacialparalysis.audit;

import org.springframework.modulith.ApplicationModule;
