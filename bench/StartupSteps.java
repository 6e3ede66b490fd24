import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Where a plain start's time goes, step by step: starts the site in this JVM with Spring's
 * BufferingApplicationStartup, answers nothing, prints the steps that took longest (their own time,
 * without the steps inside them) and the phases, then stops.
 *
 * Run by hand, from the extracted jar (whose manifest names its libraries), on a fresh database:
 *
 * <pre>
 * java -Djarmode=tools -jar target/nyfp-site-*.jar extract --destination /tmp/x
 * java -Xmx512m -cp /tmp/x/nyfp-site-*.jar bench/StartupSteps.java \
 *   --spring.datasource.url=jdbc:h2:file:/tmp/x/db/nyfp --server.port=0
 * </pre>
 *
 * Add {@code -Dspring.aot.enabled=true} for a jar built with {@code -Paot}.
 */
public class StartupSteps {

	public static void main(String[] args) throws Exception {
		Class<?> site = Class.forName("com.nyfacialparalysis.NyfpApplication");
		SpringApplication application = new SpringApplication(site);
		BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
		application.setApplicationStartup(startup);
		long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
		ConfigurableApplicationContext context = application.run(args);
		long ready = System.currentTimeMillis();
		StartupTimeline timeline = startup.getBufferedTimeline();

		// Each step's own time: its duration less the durations of the steps directly inside it.
		Map<Long, Long> childTime = new HashMap<>();
		for (StartupTimeline.TimelineEvent event : timeline.getEvents()) {
			StartupStep step = event.getStartupStep();
			if (step.getParentId() != null) {
				childTime.merge(step.getParentId(), event.getDuration().toNanos(), Long::sum);
			}
		}
		List<String[]> rows = new ArrayList<>();
		Map<String, Long> byName = new HashMap<>();
		for (StartupTimeline.TimelineEvent event : timeline.getEvents()) {
			StartupStep step = event.getStartupStep();
			long own = event.getDuration().toNanos() - childTime.getOrDefault(step.getId(), 0L);
			byName.merge(step.getName(), own, Long::sum);
			StringBuilder tags = new StringBuilder();
			step.getTags().forEach((tag) -> tags.append(tag.getKey()).append('=').append(shorten(tag.getValue())).append(' '));
			rows.add(new String[] { String.valueOf(own), step.getName(), tags.toString().trim(),
					String.valueOf(event.getDuration().toMillis()) });
		}
		rows.sort(Comparator.comparingLong((String[] row) -> Long.parseLong(row[0])).reversed());
		System.out.printf("%n== JVM start to context ready: %d ms (context run: %s ms from the timeline's start)%n",
				ready - jvmStart, Duration.between(timeline.getStartTime(), java.time.Instant.now()).toMillis());
		System.out.println("== own time by step name (ms)");
		byName.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach((entry) -> System.out.printf("%8.1f  %s%n", entry.getValue() / 1e6, entry.getKey()));
		System.out.println("== the 40 steps with the most own time (own ms, whole ms, step, tags)");
		rows.stream()
			.limit(40)
			.forEach((row) -> System.out.printf("%8.1f %7s  %s  %s%n", Long.parseLong(row[0]) / 1e6, row[3], row[1],
					row[2]));
		context.close();
		System.exit(0);
	}

	private static String shorten(String value) {
		return (value.length() > 110) ? value.substring(0, 110) + "..." : value;
	}

}
