package com.nyfacialparalysis.accounts;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.nyfacialparalysis.content.review.Reviewer;

/**
 * A member of staff who can sign in to the desk, with one or more roles. The username is
 * kept in its normalised form ({@link Usernames}); the password only as a hash. A
 * clinician also has the name readers see when they sign a page off, and may have a job
 * title.
 */
@Entity
@Table(name = "staff_accounts")
public class StaffAccount {

	public static final int USERNAME_MAX = 60;

	public static final int DISPLAY_NAME_MAX = 100;

	public static final int PASSWORD_MIN = 12;

	public static final int PASSWORD_MAX = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = USERNAME_MAX)
	private String username;

	@Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
	private String displayName;

	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "staff_account_roles", joinColumns = @JoinColumn(name = "account_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 20)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "reviewer_name", length = Reviewer.MAX_LENGTH)
	private String reviewerName;

	@Column(name = "reviewer_title", length = Reviewer.MAX_LENGTH)
	private String reviewerTitle;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "password_changed_at", nullable = false)
	private Instant passwordChangedAt;

	@Version
	private long version;

	protected StaffAccount() {
	}

	StaffAccount(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
		this.username = Usernames.normalise(username);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = EnumSet.noneOf(Role.class);
		this.roles.addAll(roles);
		this.enabled = true;
		this.createdAt = now;
		this.passwordChangedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	/** The roles, in their order (staff before administrator). */
	public Set<Role> getRoles() {
		Set<Role> copy = EnumSet.noneOf(Role.class);
		copy.addAll(this.roles);
		return Collections.unmodifiableSet(copy);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isAdmin() {
		return this.roles.contains(Role.ADMIN);
	}

	public boolean isClinician() {
		return this.roles.contains(Role.CLINICIAN);
	}

	/** Whether the account sees the consultation requests (staff and administrators). */
	public boolean handlesRequests() {
		return this.roles.contains(Role.STAFF) || this.roles.contains(Role.ADMIN);
	}

	/** Whether the account sees the Content screen (clinicians and administrators). */
	public boolean seesContent() {
		return this.roles.contains(Role.CLINICIAN) || this.roles.contains(Role.ADMIN);
	}

	/** The name readers see when this clinician signs a page off, or null. */
	public String getReviewerName() {
		return this.reviewerName;
	}

	/** The clinician's job title, or null. */
	public String getReviewerTitle() {
		return this.reviewerTitle;
	}

	/**
	 * The clinician as readers will see them named, if a name for readers is set.
	 */
	public Optional<Reviewer> reviewer() {
		return (this.reviewerName == null) ? Optional.empty()
				: Optional.of(new Reviewer(this.reviewerName, this.reviewerTitle));
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
	}

	/**
	 * The same password, hashed in the current way (at sign-in, when the stored hash is
	 * of an older kind); not a change of password.
	 */
	void replacePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void setRoles(Set<Role> roles) {
		this.roles.clear();
		this.roles.addAll(roles);
	}

	/** Blank values are kept as none. */
	void setReviewerDetails(String name, String title) {
		this.reviewerName = blankAsNull(name);
		this.reviewerTitle = blankAsNull(title);
	}

	private static String blankAsNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
