package com.nyfacialparalysis.content.review;

/**
 * Published when a clinician signs a page off, inside the transaction that records it:
 * after it commits, this instance shows the sign-off at once (others within a minute, see
 * {@link SignOffWatch}). The desk may listen for it too, to write its audit log.
 *
 * @param signOff what was recorded
 */
public record PageSignedOff(SignOff signOff) {
}
