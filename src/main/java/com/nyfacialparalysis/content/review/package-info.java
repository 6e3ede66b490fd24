/**
 * Clinicians' sign-off of the medical pages: what each page's review state is, the
 * sign-offs kept, and the words changed since. The staff desk's Content screen uses it.
 */
@NamedInterface("review")
package com.nyfacialparalysis.content.review;

import org.springframework.modulith.NamedInterface;
