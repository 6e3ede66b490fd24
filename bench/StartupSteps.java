import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * Where a start's time goes, step by step (Spring's start-up steps: each bean, the
 * configuration's parsing, the web server, the runners): starts the site in this JVM, prints
 * each step's own wall-clock and processor time (its time less that of the steps inside it),
 * summed by kind and for the steps that took longest, then stops. Processor time is the
 * thread's own, so it says more than wall-clock time on a machine other work shares.
 *
 * Run by hand, from the extracted jar (whose manifest names its libraries), on a fresh database:
 *
 * <pre>
 * java -Djarmode=tools -jar target/nyfp-site-*.jar extract --destination /tmp/x
 * java -Xmx512m -cp /tmp/x/nyfp-site-*.jar bench/StartupSteps.java \
 *   --spring.datasource.url=jdbc:h2:file:/tmp/x/db/nyfp --server.port=0
 * </pre>
 *
 * Add {@code -Dspring.aot.enabled=true} for a jar built with {@code -Paot}. With an AOT cache
 * (the image's way), compile this file first and put it after the jar on the class path, as
 * the cache allows more class path but not other modules: {@code javac -d /tmp/steps -cp
 * JAR:LIBS bench/StartupSteps.java} then {@code java FLAGS -XX:AOTCache=... -cp
 * app.jar:/tmp/steps StartupSteps ...}.
 */
public class StartupSteps {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** One step as it ran. */
	static final class Step implements StartupStep {

		private static final AtomicLong IDS = new AtomicLong();

		final long id = IDS.incrementAndGet();

		final String name;

		final Step parent;

		final List<String> tags = new ArrayList<>();

		final long wallStart = System.nanoTime();

		final long cpuStart = THREADS.getCurrentThreadCpuTime();

		long wall;

		long cpu;

		long childWall;

		long childCpu;

		final Deque<Step> stack;

		Step(String name, Step parent, Deque<Step> stack) {
			this.name = name;
			this.parent = parent;
			this.stack = stack;
		}

		@Override
		public String getName() {
			return this.name;
		}

		@Override
		public long getId() {
			return this.id;
		}

		@Override
		public Long getParentId() {
			return (this.parent != null) ? this.parent.id : null;
		}

		@Override
		public StartupStep tag(String key, String value) {
			this.tags.add(key + "=" + ((value.length() > 100) ? value.substring(0, 100) + "..." : value));
			return this;
		}

		@Override
		public StartupStep tag(String key, Supplier<String> value) {
			return tag(key, value.get());
		}

		@Override
		public Tags getTags() {
			return () -> new Iterator<>() {
				@Override
				public boolean hasNext() {
					return false;
				}

				@Override
				public Tag next() {
					throw new IllegalStateException();
				}
			};
		}

		@Override
		public void end() {
			this.wall = System.nanoTime() - this.wallStart;
			this.cpu = THREADS.getCurrentThreadCpuTime() - this.cpuStart;
			if (this.parent != null) {
				this.parent.childWall += this.wall;
				this.parent.childCpu += this.cpu;
			}
			this.stack.remove(this);
		}

	}

	/** Records every step of the thread that starts the site (the main thread). */
	static final class Recording implements ApplicationStartup {

		final Thread main = Thread.currentThread();

		final Deque<Step> stack = new ArrayDeque<>();

		final List<Step> steps = new ArrayList<>();

		@Override
		public StartupStep start(String name) {
			if (Thread.currentThread() != this.main) {
				return ApplicationStartup.DEFAULT.start(name);
			}
			Step step = new Step(name, this.stack.peek(), this.stack);
			this.stack.push(step);
			this.steps.add(step);
			return step;
		}

	}

	public static void main(String[] args) throws Exception {
		Class<?> site = Class.forName("com.nyfacialparalysis.NyfpApplication");
		SpringApplication application = new SpringApplication(site);
		// Spring AOT's initializer is named after the main class.
		application.setMainApplicationClass(site);
		Recording recording = new Recording();
		application.setApplicationStartup(recording);
		long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
		long mainCpuBefore = THREADS.getCurrentThreadCpuTime();
		long before = System.currentTimeMillis();
		ConfigurableApplicationContext context = application.run(args);
		long ready = System.currentTimeMillis();
		long mainCpu = THREADS.getCurrentThreadCpuTime() - mainCpuBefore;
		long processCpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		System.out.printf("%n== JVM start to SpringApplication.run %d ms; run to ready %d ms (main thread CPU %d ms);"
				+ " process CPU by then %d ms; load average %.2f%n", before - jvmStart, ready - before,
				mainCpu / 1_000_000, processCpu / 1_000_000,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		Map<String, long[]> byName = new HashMap<>();
		for (Step step : recording.steps) {
			long[] sums = byName.computeIfAbsent(step.name, (name) -> new long[2]);
			sums[0] += step.wall - step.childWall;
			sums[1] += step.cpu - step.childCpu;
		}
		System.out.println("== own time by kind of step: wall ms, main-thread CPU ms");
		byName.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, long[]> entry) -> entry.getValue()[1]).reversed())
			.forEach((entry) -> System.out.printf("%8.1f %8.1f  %s%n", entry.getValue()[0] / 1e6,
					entry.getValue()[1] / 1e6, entry.getKey()));
		System.out.println("== the 45 steps with the most own CPU: own wall ms, own CPU ms, whole CPU ms, step");
		recording.steps.stream()
			.sorted(Comparator.comparingLong((Step step) -> step.cpu - step.childCpu).reversed())
			.limit(45)
			.forEach((step) -> System.out.printf("%8.1f %8.1f %8.1f  %s %s%n", (step.wall - step.childWall) / 1e6,
					(step.cpu - step.childCpu) / 1e6, step.cpu / 1e6, step.name, String.join(" ", step.tags)));
		context.close();
		System.exit(0);
	}

}
