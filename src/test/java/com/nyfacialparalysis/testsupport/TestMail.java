package com.nyfacialparalysis.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.awaitility.Awaitility.await;

/**
 * A mail server for the tests: GreenMail on a free port of the loopback address. The
 * shared test site ({@link SiteTest}) has one of its own ({@link InPlace}), started and
 * stopped with it, so that every request it stores emails the front desk as in
 * production; a test finds its own emails by the request's reference ({@link #about}).
 * {@link #down()} and {@link #up()} stop and start the server on the same port: a mail
 * server that is down, then back.
 */
public final class TestMail {

	private final GreenMail server;

	private final int port;

	public TestMail() {
		this(freePort());
	}

	private TestMail(int port) {
		this.port = port;
		this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
	}

	public int port() {
		return this.port;
	}

	/** Starts the server (it is down until then), unless it is up. */
	public synchronized TestMail up() {
		if (!this.server.isRunning()) {
			this.server.start();
		}
		return this;
	}

	/** Stops the server: a connection to its port is refused until {@link #up()}. */
	public synchronized void down() {
		if (this.server.isRunning()) {
			this.server.stop();
		}
	}

	/** The emails received so far whose subject names this reference. */
	public List<MimeMessage> about(String reference) {
		return Arrays.stream(this.server.getReceivedMessages())
			.filter((email) -> subject(email).contains(reference))
			.toList();
	}

	/**
	 * Waits up to {@code within} for an email about this reference; returns those
	 * received.
	 */
	public List<MimeMessage> awaitAbout(String reference, Duration within) {
		await().atMost(within).pollInterval(Duration.ofMillis(50)).until(() -> !about(reference).isEmpty());
		return about(reference);
	}

	private static String subject(MimeMessage email) {
		try {
			String subject = email.getSubject();
			return (subject != null) ? subject : "";
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A mail server of the application's own, and the site's mail sender pointed at it.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class InPlace {

		@Bean(destroyMethod = "down")
		TestMail testMail() {
			return new TestMail().up();
		}

		@Bean
		JavaMailSenderImpl mailSender(TestMail testMail) {
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost("127.0.0.1");
			sender.setPort(testMail.port());
			return sender;
		}

	}

}
