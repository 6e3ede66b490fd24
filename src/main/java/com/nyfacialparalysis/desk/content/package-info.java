/**
 * The desk's Content screen: clinicians and administrators see where every medical page
 * stands in its review and what readers said of it; a clinician reads a page as the
 * public sees it, with what changed since its last sign-off, and signs it off.
 */
package com.nyfacialparalysis.desk.content;
