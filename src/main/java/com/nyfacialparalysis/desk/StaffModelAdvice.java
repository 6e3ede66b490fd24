package com.nyfacialparalysis.desk;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.nyfacialparalysis.accounts.Role;
import com.nyfacialparalysis.accounts.StaffAccount;
import com.nyfacialparalysis.accounts.StaffAccountRepository;
import com.nyfacialparalysis.accounts.StaffFactors;
import com.nyfacialparalysis.content.review.ContentReview;

/**
 * What every staff page needs: who is signed in (for the staff bar, once both steps of
 * signing in are done), how many pages need a clinician (for the Content link of
 * clinicians and administrators), and that search engines keep out.
 */
// The desk's frame is drawn on the sign-in, password, two-factor and accounts pages, the
// call log's and the reports' too (named, not imported: they lean on the desk, or the
// desk
// on them, never both ways).
@ControllerAdvice(basePackageClasses = StaffModelAdvice.class, basePackages = { "com.nyfacialparalysis.accounts",
		"com.nyfacialparalysis.calls", "com.nyfacialparalysis.reports" })
class StaffModelAdvice {

	private final StaffAccountRepository accounts;

	private final ContentReview review;

	StaffModelAdvice(StaffAccountRepository accounts, ContentReview review) {
		this.accounts = accounts;
		this.review = review;
	}

	@ModelAttribute("staffUser")
	StaffAccount staffUser(Authentication signedIn) {
		return StaffFactors.hasBoth(signedIn) ? this.accounts.findByUsername(signedIn.getName()).orElse(null) : null;
	}

	/**
	 * Pages changed since their review, never reviewed or overdue (from memory); null for
	 * those who do not see the Content screen.
	 */
	@ModelAttribute("pagesNeedingReview")
	Long pagesNeedingReview(Authentication signedIn) {
		boolean seesContent = StaffFactors.hasBoth(signedIn) && signedIn.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch((authority) -> Role.CLINICIAN.authority().equals(authority)
					|| Role.ADMIN.authority().equals(authority));
		return seesContent ? this.review.pagesNeedingReview() : null;
	}

	@ModelAttribute("noindex")
	boolean noindex() {
		return true;
	}

}
