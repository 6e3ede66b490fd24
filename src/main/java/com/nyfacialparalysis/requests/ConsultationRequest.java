package com.nyfacialparalysis.requests;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.nyfacialparalysis.system.site.Language;

/**
 * A request for a consultation, as the person sent it, and where it stands at the front
 * desk. Never bound from a web request: the public form has its own object. Its status,
 * owner and notes change only through {@link Requests}.
 */
@Entity
@Table(name = "consultation_requests")
public class ConsultationRequest {

	/**
	 * The limits of each field, shared by the form's validation and the database columns.
	 */
	public static final int NAME_MAX = 100;

	public static final int EMAIL_MAX = 254;

	public static final int PHONE_MAX = 30;

	public static final int CONCERN_MAX = 60;

	public static final int MESSAGE_MAX = 2000;

	/** The concern of a person who chose "I'm not sure" on the form. */
	public static final String NOT_SURE = "not-sure";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 9)
	private String reference;

	@Column(name = "submission_token", nullable = false, unique = true, length = 36)
	private String submissionToken;

	@Column(name = "full_name", nullable = false, length = NAME_MAX)
	private String fullName;

	@Column(length = EMAIL_MAX)
	private String email;

	@Column(length = PHONE_MAX)
	private String phone;

	@Enumerated(EnumType.STRING)
	@Column(name = "preferred_contact", nullable = false, length = 5)
	private PreferredContact preferredContact;

	@Column(nullable = false, length = CONCERN_MAX)
	private String concern;

	@Enumerated(EnumType.STRING)
	@Column(name = "symptom_duration", length = 20)
	private SymptomDuration symptomDuration;

	@Column(length = MESSAGE_MAX)
	private String message;

	@Enumerated(EnumType.STRING)
	@Column(name = "best_time_to_call", length = 20)
	private BestTimeToCall bestTimeToCall;

	@Enumerated(EnumType.STRING)
	@Column(name = "sudden_weakness", nullable = false, length = 8)
	private SuddenWeakness suddenWeakness;

	@Column(nullable = false)
	private boolean urgent;

	/**
	 * Whether the symptoms began in the last 3 days: steroids work best within 72 hours,
	 * so the desk calls right after the urgent requests.
	 */
	@Column(name = "within_72_hours", nullable = false)
	private boolean within72Hours;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private RequestStatus status;

	@Column(name = "consent_at", nullable = false)
	private Instant consentAt;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Version
	private long version;

	/** The staff account looking after the request, or null. */
	@Column(name = "owner_id")
	private Long ownerId;

	@Column(name = "phone_digits", length = PHONE_MAX)
	private String phoneDigits;

	/**
	 * The phone digits in reverse order: the search finds a number by its last digits.
	 */
	@Column(name = "phone_reversed", length = PHONE_MAX)
	private String phoneReversed;

	@Column(name = "closed_at")
	private Instant closedAt;

	/** The language of the form it was sent from ({@code en}, {@code es}). */
	@Column(nullable = false, length = 5)
	private String language = Language.ENGLISH.tag();

	@Column(name = "first_call_at")
	private Instant firstCallAt;

	@Column(name = "first_call_business_seconds")
	private Long firstCallBusinessSeconds;

	@Column(name = "first_call_in_time")
	private Boolean firstCallInTime;

	@Column(name = "call_again_on")
	private LocalDate callAgainOn;

	@Column(name = "needs_look", nullable = false)
	private boolean needsLook;

	protected ConsultationRequest() {
	}

	ConsultationRequest(String reference, String submissionToken, RequestDetails details, RequestStatus status,
			Instant receivedAt) {
		this.reference = reference;
		this.submissionToken = submissionToken;
		this.fullName = details.fullName();
		this.email = details.email();
		this.phone = details.phone();
		this.phoneDigits = (this.phone != null) ? this.phone.replaceAll("[^0-9]", "") : null;
		this.phoneReversed = SearchTerms.reversedDigits(this.phone);
		this.preferredContact = details.preferredContact();
		this.concern = details.concern();
		this.symptomDuration = details.symptomDuration();
		this.message = details.message();
		this.bestTimeToCall = details.bestTimeToCall();
		this.suddenWeakness = details.suddenWeakness();
		// "I'm not sure" gets the same 911 advice as "yes", so staff treat it as urgent
		// too.
		this.urgent = details.suddenWeakness().isUrgent();
		this.within72Hours = details.symptomDuration() != null && details.symptomDuration().isWithin72Hours();
		this.status = status;
		this.consentAt = receivedAt;
		this.receivedAt = receivedAt;
		this.closedAt = isFinished(status) ? receivedAt : null;
	}

	private static boolean isFinished(RequestStatus status) {
		return status == RequestStatus.CLOSED || status == RequestStatus.SPAM;
	}

	public Long getId() {
		return this.id;
	}

	public String getReference() {
		return this.reference;
	}

	public String getSubmissionToken() {
		return this.submissionToken;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public PreferredContact getPreferredContact() {
		return this.preferredContact;
	}

	public String getConcern() {
		return this.concern;
	}

	public SymptomDuration getSymptomDuration() {
		return this.symptomDuration;
	}

	public String getMessage() {
		return this.message;
	}

	public BestTimeToCall getBestTimeToCall() {
		return this.bestTimeToCall;
	}

	public SuddenWeakness getSuddenWeakness() {
		return this.suddenWeakness;
	}

	public boolean isUrgent() {
		return this.urgent;
	}

	/** Whether the symptoms began in the last 3 days when the person wrote. */
	public boolean isWithin72Hours() {
		return this.within72Hours;
	}

	public RequestStatus getStatus() {
		return this.status;
	}

	/**
	 * Changes the status; a request closed or marked as spam starts its retention period
	 * now.
	 */
	void changeStatus(RequestStatus status, Instant now) {
		if (isFinished(status) && !isFinished(this.status)) {
			this.closedAt = now;
		}
		else if (!isFinished(status)) {
			this.closedAt = null;
		}
		this.status = status;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public long getVersion() {
		return this.version;
	}

	/** The id of the staff account looking after the request, or null. */
	public Long getOwnerId() {
		return this.ownerId;
	}

	void assignTo(Long ownerId) {
		this.ownerId = ownerId;
	}

	/** The language of the form the person used: the desk calls back in it. */
	public Language getLanguage() {
		return Language.ofTag(this.language);
	}

	void setLanguage(Language language) {
		this.language = language.tag();
	}

	/** When the first call attempt was made, or null before it. */
	public Instant getFirstCallAt() {
		return this.firstCallAt;
	}

	/**
	 * Records the first call attempt (later ones change nothing here): when, the wait in
	 * open hours, and whether it kept the promise.
	 */
	void recordFirstCall(Instant at, long businessSeconds, boolean inTime) {
		if (this.firstCallAt == null) {
			this.firstCallAt = at;
			this.firstCallBusinessSeconds = businessSeconds;
			this.firstCallInTime = inTime;
		}
	}

	/** The day to try calling again, or null. */
	public LocalDate getCallAgainOn() {
		return this.callAgainOn;
	}

	void setCallAgainOn(LocalDate callAgainOn) {
		this.callAgainOn = callAgainOn;
	}

	/** Whether someone should check the details (a call reached a wrong number). */
	public boolean isNeedsLook() {
		return this.needsLook;
	}

	void setNeedsLook(boolean needsLook) {
		this.needsLook = needsLook;
	}

}
