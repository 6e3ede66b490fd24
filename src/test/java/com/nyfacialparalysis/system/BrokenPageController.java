package com.nyfacialparalysis.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page that fails, present only in tests, to show what a visitor sees when something
 * breaks.
 */
@Controller
class BrokenPageController {

	@GetMapping({ "/test-only/broken", "/es/test-only/broken" })
	String broken() {
		throw new IllegalStateException("secret internal detail");
	}

	@GetMapping("/test-only/broken-template")
	String brokenTemplate() {
		return "test-only/broken";
	}

}
