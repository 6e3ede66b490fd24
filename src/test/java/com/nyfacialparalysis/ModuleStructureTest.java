package com.nyfacialparalysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages directly under {@code com.nyfacialparalysis} are the application's
 * modules. Each declares the modules (and named interfaces) it may use in its
 * package-info.java ({@code @ApplicationModule(allowedDependencies = ...)}); none may use
 * another it did not declare, depend on another in a cycle, or reach into another's
 * internals (its sub-packages, unless named as an interface in a package-info.java).
 *
 * <p>
 * The map of the modules in docs/modules (PlantUML diagrams in the C4 style and a canvas
 * per module) is drawn from the same model. When the code no longer matches it, the test
 * draws it again into docs/modules and fails, so the new map is committed with the change
 * that made it. Files are compared line by line in any order, since the order in which
 * Spring Modulith lists modules may differ from one machine to another.
 */
class ModuleStructureTest {

	static final ApplicationModules MODULES = ApplicationModules.of(NyfpApplication.class);

	/** Where the committed map is, from the project's folder (where Maven runs tests). */
	static final Path MAP = Path.of("docs", "modules");

	@Test
	void modulesUseOnlyWhatTheyDeclareOneWayAndThroughTheirInterfaces() {
		MODULES.verify();
	}

	@Test
	void theMapInDocsIsTheOneTheCodeDraws() throws IOException {
		Path drawn = Path.of("target", "module-map");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(drawn.toString())).writeDocumentation();
		Map<String, String> now = files(drawn);
		assertThat(now).as("the map drawn").isNotEmpty();
		Map<String, String> committed = files(MAP);
		Set<String> stale = new TreeSet<>(now.keySet());
		stale.addAll(committed.keySet());
		stale.removeIf((file) -> Objects.equals(lines(now.get(file)), lines(committed.get(file))));
		if (!stale.isEmpty()) {
			FileSystemUtils.deleteRecursively(MAP);
			FileSystemUtils.copyRecursively(drawn, MAP);
		}
		assertThat(stale).as("docs/modules was out of date with the code and has been drawn again: commit it")
			.isEmpty();
	}

	/** The lines of a text, sorted; null for none. */
	private static List<String> lines(String text) {
		return (text != null) ? text.lines().sorted().toList() : null;
	}

	/** Each file below the folder by its path in it, with its text; none if no folder. */
	private static Map<String, String> files(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		if (!Files.isDirectory(folder)) {
			return files;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.filter(Files::isRegularFile).forEach((file) -> {
				try {
					files.put(folder.relativize(file).toString(), Files.readString(file));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		return files;
	}

}
