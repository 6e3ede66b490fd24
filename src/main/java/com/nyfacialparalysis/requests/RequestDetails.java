package com.nyfacialparalysis.requests;

/**
 * What a person gave when asking for a consultation, already checked by the form.
 *
 * @param fullName the person's name
 * @param email an email address, or null
 * @param phone a phone number as typed, or null
 * @param preferredContact how the person would like to be contacted
 * @param concern a condition's slug, or {@link ConsultationRequest#NOT_SURE}
 * @param symptomDuration how long it has been going on, or null
 * @param message what the person wrote, or null
 * @param bestTimeToCall when to call, or null
 * @param suddenWeakness the answer to the first question, on sudden weakness
 * @param callLanguage the language to call back in, or null for the language of the form
 * @param otherLanguage the language the person wrote in when they chose
 * {@link CallLanguage#OTHER}, otherwise null
 * @param interpreter whether they asked for an interpreter
 */
public record RequestDetails(String fullName, String email, String phone, PreferredContact preferredContact,
		String concern, SymptomDuration symptomDuration, String message, BestTimeToCall bestTimeToCall,
		SuddenWeakness suddenWeakness, CallLanguage callLanguage, String otherLanguage, boolean interpreter) {
}
