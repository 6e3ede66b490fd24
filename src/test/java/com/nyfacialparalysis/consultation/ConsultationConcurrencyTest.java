package com.nyfacialparalysis.consultation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.nyfacialparalysis.requests.StoredRequests;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hundred people sending the form at the same moment each get their own stored request
 * and reference.
 */
@SiteTest
class ConsultationConcurrencyTest {

	@LocalServerPort
	int port;

	@Autowired
	StoredRequests requests;

	@Test
	void aHundredPeopleAtOnceEachGetTheirOwnStoredRequest() throws Exception {
		int people = 100;
		long before = this.requests.count();
		ExecutorService pool = Executors.newFixedThreadPool(people);
		CountDownLatch ready = new CountDownLatch(people);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			String name = "Person " + i;
			Callable<String> person = () -> {
				ConsultationHttp browser = new ConsultationHttp("http://localhost:" + this.port);
				Map<String, String> hidden = browser.openForm();
				ready.countDown();
				go.await();
				Map<String, String> fields = new LinkedHashMap<>(hidden);
				fields.putAll(ConsultationHttp.validFields());
				fields.put("fullName", name);
				return browser.submitValidWithForm(fields);
			};
			results.add(pool.submit(person));
		}
		ready.await();
		go.countDown();
		Set<String> references = new HashSet<>();
		for (Future<String> result : results) {
			references.add(result.get());
		}
		pool.shutdown();
		assertThat(references).hasSize(people);
		assertThat(this.requests.count()).isEqualTo(before + people);
		for (String reference : references) {
			assertThat(this.requests.findByReference(reference)).isPresent();
		}
	}

}
