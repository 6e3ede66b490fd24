/**
 * The site's one secret ({@code CLINIC_SECRET_KEY}) and the keys derived from it for each
 * purpose: signing the form's tokens, encrypting two-factor secrets, hashing recovery
 * codes and unknown usernames.
 */
@NamedInterface("secrets")
package com.nyfacialparalysis.system.secrets;

import org.springframework.modulith.NamedInterface;
