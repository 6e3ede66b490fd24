package com.nyfacialparalysis.consultation;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.nyfacialparalysis.requests.BestTimeToCall;
import com.nyfacialparalysis.requests.CallLanguage;
import com.nyfacialparalysis.requests.ConsultationRequest;
import com.nyfacialparalysis.requests.PreferredContact;
import com.nyfacialparalysis.requests.RequestDetails;
import com.nyfacialparalysis.requests.SuddenWeakness;
import com.nyfacialparalysis.requests.SymptomDuration;
import com.nyfacialparalysis.system.PlainText;

/**
 * What a person types into the consultation form. Bound from the request and validated;
 * only a valid form becomes a {@link ConsultationRequest}. Text arrives trimmed, with
 * empty fields as {@code null}; no text field may hold an invisible control character
 * (only the message may hold line breaks), which some databases refuse outright.
 */
@ContactDetailsGiven
@OtherLanguageNamed
public class ConsultationForm {

	/**
	 * The form's fields in the order a person meets them, which is also the order of the
	 * error summary.
	 */
	static final List<String> FIELD_ORDER = List.of("suddenWeakness", "fullName", "phone", "email", "preferredContact",
			"callLanguage", "otherLanguage", "interpreter", "concern", "symptomDuration", "message", "bestTimeToCall",
			"consent");

	private String submissionToken;

	@NotBlank(message = "{consultation.fullName.required}")
	@Size(max = ConsultationRequest.NAME_MAX, message = "{consultation.fullName.tooLong}")
	@PlainText(message = "{consultation.fullName.invalid}")
	private String fullName;

	@Size(max = ConsultationRequest.PHONE_MAX, message = "{consultation.phone.tooLong}")
	@PhoneNumber(message = "{consultation.phone.invalid}")
	@PlainText(message = "{consultation.phone.controlCharacters}")
	private String phone;

	@Size(max = ConsultationRequest.EMAIL_MAX, message = "{consultation.email.tooLong}")
	@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}", message = "{consultation.email.invalid}")
	@PlainText(message = "{consultation.email.controlCharacters}")
	private String email;

	@NotNull(message = "{consultation.preferredContact.required}")
	private PreferredContact preferredContact;

	@NotNull(message = "{consultation.suddenWeakness.required}")
	private SuddenWeakness suddenWeakness;

	@NotBlank(message = "{consultation.concern.required}")
	@KnownConcern(message = "{consultation.concern.unknown}")
	@PlainText(message = "{consultation.concern.unknown}")
	private String concern;

	private SymptomDuration symptomDuration;

	@Size(max = ConsultationRequest.MESSAGE_MAX, message = "{consultation.message.tooLong}")
	@PlainText(multiline = true, message = "{consultation.message.controlCharacters}")
	private String message;

	private BestTimeToCall bestTimeToCall;

	/** Null until chosen: the language of the page's form is then taken. */
	private CallLanguage callLanguage;

	@Size(max = CallLanguage.OTHER_MAX, message = "{consultation.otherLanguage.tooLong}")
	@PlainText(message = "{consultation.otherLanguage.controlCharacters}")
	private String otherLanguage;

	private boolean interpreter;

	@AssertTrue(message = "{consultation.consent.required}")
	private boolean consent;

	/**
	 * The trap for robots: hidden from people and from screen readers, so only a robot
	 * fills it in.
	 */
	private String website;

	public String getSubmissionToken() {
		return this.submissionToken;
	}

	public void setSubmissionToken(String submissionToken) {
		this.submissionToken = submissionToken;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public PreferredContact getPreferredContact() {
		return this.preferredContact;
	}

	public void setPreferredContact(PreferredContact preferredContact) {
		this.preferredContact = preferredContact;
	}

	public SuddenWeakness getSuddenWeakness() {
		return this.suddenWeakness;
	}

	public void setSuddenWeakness(SuddenWeakness suddenWeakness) {
		this.suddenWeakness = suddenWeakness;
	}

	public String getConcern() {
		return this.concern;
	}

	public void setConcern(String concern) {
		this.concern = concern;
	}

	public SymptomDuration getSymptomDuration() {
		return this.symptomDuration;
	}

	public void setSymptomDuration(SymptomDuration symptomDuration) {
		this.symptomDuration = symptomDuration;
	}

	public String getMessage() {
		return this.message;
	}

	/** Line breaks count as one character each, as the browser's counter shows them. */
	public void setMessage(String message) {
		this.message = (message != null) ? message.replace("\r\n", "\n") : null;
	}

	public BestTimeToCall getBestTimeToCall() {
		return this.bestTimeToCall;
	}

	public void setBestTimeToCall(BestTimeToCall bestTimeToCall) {
		this.bestTimeToCall = bestTimeToCall;
	}

	public CallLanguage getCallLanguage() {
		return this.callLanguage;
	}

	public void setCallLanguage(CallLanguage callLanguage) {
		this.callLanguage = callLanguage;
	}

	public String getOtherLanguage() {
		return this.otherLanguage;
	}

	public void setOtherLanguage(String otherLanguage) {
		this.otherLanguage = otherLanguage;
	}

	public boolean isInterpreter() {
		return this.interpreter;
	}

	public void setInterpreter(boolean interpreter) {
		this.interpreter = interpreter;
	}

	public boolean isConsent() {
		return this.consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	boolean isFromARobot() {
		return this.website != null && !this.website.isBlank();
	}

	/** What the person gave, for storing. */
	RequestDetails details() {
		return new RequestDetails(this.fullName, this.email, this.phone, this.preferredContact, this.concern,
				this.symptomDuration, this.message, this.bestTimeToCall, this.suddenWeakness, this.callLanguage,
				this.otherLanguage, this.interpreter);
	}

}
