package com.nyfacialparalysis.system;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * An address that starts a session, present only in tests, so that a test holds a real
 * session cookie (Spring Session's {@code SESSION} on the postgres profile) without
 * depending on how sign-in works.
 */
@Controller
class SessionStartingController {

	@GetMapping("/test-only/session")
	@ResponseBody
	String start(HttpSession session) {
		session.setAttribute("started", Boolean.TRUE);
		return "started";
	}

}
