package com.nyfacialparalysis.desk;

import java.util.EnumSet;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.nyfacialparalysis.accounts.Role;
import com.nyfacialparalysis.accounts.StaffAccount;
import com.nyfacialparalysis.accounts.StaffAccountRepository;
import com.nyfacialparalysis.accounts.StaffTestUsers;
import com.nyfacialparalysis.accounts.TestAccounts;

/**
 * The people the tests of the desk's Content screen act as, each given an account once
 * per running application and always with the same details: Ana Ruiz, MD, a facial
 * plastic surgeon and clinician who signs pages off; Carl Cole, a clinician without a
 * reviewer's name; Rita, a receptionist, who may not. ({@code boss}, the first
 * administrator, comes from the test settings.)
 */
final class ContentDeskPeople {

	private final TestAccounts accounts;

	private final StaffAccountRepository staff;

	ContentDeskPeople(TestAccounts accounts, StaffAccountRepository staff) {
		this.accounts = accounts;
		this.staff = staff;
	}

	/** Ana, Carl and Rita, each created if not there yet. */
	void allHaveAccounts() {
		anaHasAnAccount();
		clinician("carl", "Carl Cole", null, null);
		ritaHasAnAccount();
	}

	void anaHasAnAccount() {
		clinician("ana", "Ana Ruiz", "Ana Ruiz, MD", "facial plastic surgeon");
	}

	void ritaHasAnAccount() {
		this.accounts.receptionistExists();
	}

	long anasId() {
		return this.staff.findByUsername("ana").orElseThrow().getId();
	}

	private void clinician(String username, String displayName, String name, String title) {
		if (this.staff.existsByUsername(username)) {
			return;
		}
		StaffAccount account = this.accounts.create(username, displayName, EnumSet.of(Role.CLINICIAN),
				username + "-password-12345");
		this.accounts.changeDetails(account.getId(), EnumSet.of(Role.CLINICIAN), name, title, "boss");
	}

	static RequestPostProcessor ana() {
		return StaffTestUsers.signedIn("ana", Role.CLINICIAN);
	}

	static RequestPostProcessor carl() {
		return StaffTestUsers.signedIn("carl", Role.CLINICIAN);
	}

	static RequestPostProcessor rita() {
		return StaffTestUsers.signedIn("rita", Role.STAFF);
	}

	static RequestPostProcessor boss() {
		return StaffTestUsers.signedIn("boss", Role.ADMIN);
	}

}
