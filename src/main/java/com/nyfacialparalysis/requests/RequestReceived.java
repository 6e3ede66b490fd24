package com.nyfacialparalysis.requests;

/**
 * Published once a new consultation request is safely stored.
 *
 * @param id the request's id, for the staff desk's link
 * @param reference the reference the person was given
 * @param urgent whether the person reported sudden weakness
 */
public record RequestReceived(Long id, String reference, boolean urgent) {
}
