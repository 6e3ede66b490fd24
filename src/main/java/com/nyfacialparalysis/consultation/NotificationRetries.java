package com.nyfacialparalysis.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.nyfacialparalysis.requests.RequestReceived;

/**
 * Tries again every staff email still owed: those whose first go failed
 * ({@link StaffNotifier}), and those whose instance stopped before the mail server took
 * them. Runs when the site starts and every {@code clinic.notifications.retry-every}, on
 * one instance at a time (the ShedLock lock {@value #LOCK}, held across instances in the
 * database), and sends one email at a time, waiting for each: so while a run lasts no
 * other instance claims anything, and an email is claimed (marked resubmitted) by one
 * conditional update before it is sent. Sent, its record is deleted; failed, it is marked
 * failed for the next run.
 * <p>
 * Each run first marks as failed what has stalled: a record resubmitted by an earlier run
 * that did not finish (no run is live but this one), and a record published or in
 * progress for longer than {@code stalled-after}, which the first go has long given up
 * (it begins no try after half of it). It then gives up, with an error in the log, on
 * records older than {@code give-up-after}, the request being in the staff desk.
 */
@Component
class NotificationRetries {

	/** The lock's name in the {@code shedlock} table. */
	static final String LOCK = "staff-notifications";

	/** Records read at a time. */
	static final int BATCH = 500;

	/**
	 * A run begins no new try after this long, so that with one try's mail timeouts it
	 * ends well within the lock's 5 minutes.
	 */
	static final Duration RUN_BUDGET = Duration.ofSeconds(20);

	private static final Logger log = LoggerFactory.getLogger(NotificationRetries.class);

	private final EventPublicationRegistry registry;

	private final EventPublicationRepository publications;

	private final StaffNotifier notifier;

	private final NotificationProperties properties;

	private final Clock clock;

	NotificationRetries(EventPublicationRegistry registry, EventPublicationRepository publications,
			StaffNotifier notifier, NotificationProperties properties, Clock clock) {
		this.registry = registry;
		this.publications = publications;
		this.notifier = notifier;
		this.properties = properties;
		this.clock = clock;
	}

	/** One run; skipped when another instance holds the lock. */
	@Scheduled(fixedDelayString = "${clinic.notifications.retry-every:1m}")
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT5M")
	public void run() {
		markWhatStalledFailed();
		giveUpOnTheOldest();
		long started = System.nanoTime();
		this.registry.processFailedPublications(
				ResubmissionOptions.defaults()
					.withBatchSize(BATCH)
					.withFilter((publication) -> isOurs(publication)
							&& Duration.ofNanos(System.nanoTime() - started).compareTo(RUN_BUDGET) < 0),
				this::tryAgain);
	}

	/** Called with the record claimed (and registered as in progress) by the registry. */
	private void tryAgain(TargetEventPublication publication) {
		RequestReceived event = (RequestReceived) publication.getEvent();
		try {
			boolean sent = this.notifier.sendOnce(event);
			this.registry.markCompleted(event, StaffNotifier.TARGET);
			if (sent) {
				log.info("Notification email sent for request {} (tried again)", event.reference());
			}
		}
		catch (MailException ex) {
			log.warn("Notification email for request {} failed again: {}; tried again in {}", event.reference(),
					ex.getClass().getSimpleName(), this.properties.retryEveryForTheLog());
			this.registry.markFailed(event, StaffNotifier.TARGET);
		}
	}

	/**
	 * Marks as failed, for this run to try again, a record resubmitted by an earlier run
	 * (under the lock no other run is live, so that run stopped before it finished), and
	 * one published or in progress for longer than {@code stalled-after} (its first go
	 * has long stopped, or its instance has).
	 */
	private void markWhatStalledFailed() {
		Instant cutoff = this.clock.instant().minus(this.properties.stalledAfter());
		for (Status status : List.of(Status.PUBLISHED, Status.PROCESSING, Status.RESUBMITTED)) {
			for (TargetEventPublication publication : this.publications.findByStatus(status)) {
				if (status == Status.RESUBMITTED || publication.getPublicationDate().isBefore(cutoff)) {
					this.publications.markFailed(publication.getIdentifier());
					if (isOurs(publication)) {
						log.warn("Notification email for request {} was left unfinished ({}); trying it again",
								((RequestReceived) publication.getEvent()).reference(), status);
					}
				}
			}
		}
	}

	/**
	 * Deletes failed records older than {@code give-up-after}: the staff emails with an
	 * error naming the request, and those of the site's other after-commit listeners,
	 * which nothing retries, with a warning, so that the table never grows.
	 */
	private void giveUpOnTheOldest() {
		Instant cutoff = this.clock.instant().minus(this.properties.giveUpAfter());
		List<TargetEventPublication> old = this.publications.findByStatus(Status.FAILED)
			.stream()
			.filter((publication) -> publication.getPublicationDate().isBefore(cutoff))
			.toList();
		if (old.isEmpty()) {
			return;
		}
		for (TargetEventPublication publication : old) {
			if (isOurs(publication)) {
				log.error(
						"Gave up sending the notification email for request {}, owed since {}; it is in the staff desk",
						((RequestReceived) publication.getEvent()).reference(), publication.getPublicationDate());
			}
			else {
				log.warn("Dropped a failed event publication for {}, older than {}",
						publication.getTargetIdentifier().getValue(), this.properties.giveUpAfter());
			}
		}
		this.publications.deletePublications(old.stream().map(TargetEventPublication::getIdentifier).toList());
	}

	private static boolean isOurs(EventPublication publication) {
		return publication instanceof TargetEventPublication target && target.isIdentifiedBy(StaffNotifier.TARGET)
				&& target.getEvent() instanceof RequestReceived;
	}

}
