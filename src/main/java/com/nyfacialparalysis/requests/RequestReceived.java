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
 * @param callBack the language to call back in and whether an interpreter is needed; null
 * in an email owed since before the form asked (see {@link #callBackOrDefault()})
 */
public record RequestReceived(Long id, String reference, boolean urgent, boolean within72Hours, Language language,
		CallBack callBack) {

	/**
	 * How to call back; for an email owed since before the form asked, in the language of
	 * the form without an interpreter, as the desk has always done.
	 */
	public CallBack callBackOrDefault() {
		return (this.callBack != null) ? this.callBack : new CallBack(CallLanguage.of(this.language), false);
	}

}
