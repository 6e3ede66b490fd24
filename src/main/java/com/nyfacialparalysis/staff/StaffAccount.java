package com.nyfacialparalysis.staff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member of staff who can sign in to the desk. The password is kept only as a hash.
 */
@Entity
@Table(name = "staff_accounts")
public class StaffAccount {

	public static final int USERNAME_MAX = 60;

	public static final int DISPLAY_NAME_MAX = 100;

	public static final int PASSWORD_MIN = 12;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = USERNAME_MAX)
	private String username;

	@Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
	private String displayName;

	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Role role;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "password_changed_at", nullable = false)
	private Instant passwordChangedAt;

	@Version
	private long version;

	protected StaffAccount() {
	}

	public StaffAccount(String username, String displayName, String passwordHash, Role role, Instant now) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
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

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void setRole(Role role) {
		this.role = role;
	}

}
