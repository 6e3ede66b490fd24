/**
 * Security of the whole site: the filter chain for the public pages (CSRF in a cookie of
 * its own, no session for a reader), the security headers every page carries, and the
 * limit on the size of a form's body. The staff desk's own chain is in accounts.
 */
@NamedInterface("security")
package com.nyfacialparalysis.system.security;

import org.springframework.modulith.NamedInterface;
