package com.nyfacialparalysis.requests;

import com.nyfacialparalysis.system.site.Language;

/**
 * Published once a new consultation request is safely stored.
 *
 * @param id the request's id, for the staff desk's link
 * @param reference the reference the person was given
 * @param urgent whether the person's answer to the 911 question was yes or not sure
 * @param within72Hours whether the symptoms began in the last 3 days
 * @param language the language of the form the person used
 */
public record RequestReceived(Long id, String reference, boolean urgent, boolean within72Hours, Language language) {
}
