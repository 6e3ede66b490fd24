package com.nyfacialparalysis.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import com.nyfacialparalysis.content.review.Reviewer;
import com.nyfacialparalysis.system.PlainText;

/**
 * What an administrator sets on an existing account: its roles, and for a clinician the
 * name readers see under the pages they sign off ("Ana Ruiz, MD") and an optional job
 * title ("facial plastic surgeon"). The texts arrive without spaces around them.
 */
public class AccountDetailsForm {

	/**
	 * The fields in the order the form shows them, which is the order of the error
	 * summary.
	 */
	static final List<String> FIELD_ORDER = List.of("roles", "reviewerName", "reviewerTitle");

	@NotEmpty(message = "{staff.accounts.rolesRequired}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Size(max = Reviewer.MAX_LENGTH, message = "{staff.accounts.reviewerNameTooLong}")
	@PlainText
	private String reviewerName = "";

	@Size(max = Reviewer.MAX_LENGTH, message = "{staff.accounts.reviewerTitleTooLong}")
	@PlainText
	private String reviewerTitle = "";

	/** The form as the account is now. */
	static AccountDetailsForm of(StaffAccount account) {
		AccountDetailsForm form = new AccountDetailsForm();
		form.setRoles(account.getRoles());
		form.setReviewerName(account.getReviewerName());
		form.setReviewerTitle(account.getReviewerTitle());
		return form;
	}

	/** A job title means nothing to readers without the name it belongs to. */
	boolean hasTitleWithoutName() {
		return !this.reviewerTitle.isEmpty() && this.reviewerName.isEmpty();
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = EnumSet.noneOf(Role.class);
		if (roles != null) {
			this.roles.addAll(roles);
		}
	}

	public String getReviewerName() {
		return this.reviewerName;
	}

	public void setReviewerName(String reviewerName) {
		this.reviewerName = (reviewerName == null) ? "" : reviewerName.strip();
	}

	public String getReviewerTitle() {
		return this.reviewerTitle;
	}

	public void setReviewerTitle(String reviewerTitle) {
		this.reviewerTitle = (reviewerTitle == null) ? "" : reviewerTitle.strip();
	}

}
