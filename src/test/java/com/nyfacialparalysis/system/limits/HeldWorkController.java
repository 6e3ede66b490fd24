package com.nyfacialparalysis.system.limits;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A request that takes as long as a test says, present only in tests: it holds its place
 * in the waiting line until {@link #release()}.
 */
@RestController
class HeldWorkController {

	private static volatile CountDownLatch held = new CountDownLatch(1);

	private static final CountDownLatch started = new CountDownLatch(1);

	@GetMapping("/test-only/held")
	String held() throws InterruptedException {
		started.countDown();
		held.await(30, TimeUnit.SECONDS);
		return "done";
	}

	static boolean awaitStarted() throws InterruptedException {
		return started.await(30, TimeUnit.SECONDS);
	}

	static void release() {
		held.countDown();
	}

}
