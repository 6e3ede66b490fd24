import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many commits a second the embedded H2 file takes on this machine, with nothing else
 * in the way: the ceiling under the consultation form's rate on H2, where each stored
 * request commits several times (the request with its count, then Spring Modulith's
 * event publication marked as being processed and then deleted). Each commit here inserts
 * one row of about the size of a request, from THREADS connections at once, first with the
 * site's own setting ({@code WRITE_DELAY=0}: every commit written to the file before it
 * returns, so that nothing acknowledged is lost if the process stops), then with H2's
 * default delay of half a second, for comparison.
 *
 * <pre>
 * java -cp ~/.m2/repository/com/h2database/h2/VERSION/h2-VERSION.jar bench/H2Commits.java [THREADS] [SECONDS]
 * </pre>
 *
 * Use the H2 version the site's jar holds ({@code unzip -l target/nyfp-site-*.jar | grep h2-}).
 * The database is made in a temporary folder and deleted afterwards.
 */
public class H2Commits {

	public static void main(String[] args) throws Exception {
		int threads = (args.length > 0) ? Integer.parseInt(args[0]) : 16;
		int seconds = (args.length > 1) ? Integer.parseInt(args[1]) : 10;
		for (String delay : List.of("0", "500")) {
			java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("h2-commits");
			try {
				double rate = commitsPerSecond("jdbc:h2:file:" + folder.resolve("db") + ";WRITE_DELAY=" + delay, threads,
						seconds);
				System.out.printf("WRITE_DELAY=%s, %d connections: %.0f commits a second (load average %s)%n", delay,
						threads, rate, java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0]);
			}
			finally {
				try (var files = java.nio.file.Files.walk(folder)) {
					files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
				}
			}
		}
	}

	static double commitsPerSecond(String url, int threads, int seconds) throws Exception {
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			connection.createStatement()
				.execute("create table request (id bigint auto_increment primary key, reference varchar(64), "
						+ "received_at timestamp with time zone, message varchar(2000))");
		}
		AtomicLong commits = new AtomicLong();
		AtomicBoolean running = new AtomicBoolean(true);
		String message = "x".repeat(600);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<Void>> writers = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			writers.add(pool.submit(() -> {
				try (Connection connection = DriverManager.getConnection(url, "sa", "");
						PreparedStatement insert = connection.prepareStatement(
								"insert into request (reference, received_at, message) values (?, current_timestamp, ?)")) {
					while (running.get()) {
						insert.setString(1, UUID.randomUUID().toString());
						insert.setString(2, message);
						insert.executeUpdate();
						commits.incrementAndGet();
					}
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
				return null;
			}));
		}
		// Three seconds to warm up, then the measured seconds.
		Thread.sleep(3000);
		long first = commits.get();
		long start = System.nanoTime();
		Thread.sleep(seconds * 1000L);
		long last = commits.get();
		long end = System.nanoTime();
		running.set(false);
		pool.shutdown();
		pool.awaitTermination(30, TimeUnit.SECONDS);
		for (Future<Void> writer : writers) {
			writer.get();
		}
		return (last - first) / ((end - start) / 1e9);
	}

}
