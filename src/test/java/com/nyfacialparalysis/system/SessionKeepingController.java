package com.nyfacialparalysis.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pages that keep a session, present only in tests: the public site has none, so these
 * stand for whatever would (the staff desk's pages do).
 */
@RestController
class SessionKeepingController {

	/**
	 * A visit that keeps a session; with {@code as}, the session stands for one of a
	 * member of staff signed in (Spring Session indexes it under that name, as it does a
	 * real sign-in's).
	 */
	@GetMapping("/test-only/visits")
	String visit(HttpServletRequest request, @RequestParam(required = false) String as) {
		HttpSession session = request.getSession(true);
		if (as != null) {
			session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, as);
		}
		Integer visits = (Integer) session.getAttribute("visits");
		int now = (visits != null) ? visits + 1 : 1;
		session.setAttribute("visits", now);
		return "visit " + now;
	}

	@GetMapping("/test-only/visits/end")
	String end(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		return "ended";
	}

}
