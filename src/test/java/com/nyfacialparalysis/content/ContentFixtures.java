package com.nyfacialparalysis.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A small, well-formed set of content files (one condition, one treatment, the home page)
 * for tests to break one thing at a time.
 */
final class ContentFixtures {

	static final String CONDITION = """
			---
			title: Hemifacial spasm
			slug: hemifacial-spasm
			summary: Twitching on one side of the face.
			urgent-advice: true
			related:
			  - botulinum-toxin-injections
			sources:
			  - NINDS: Hemifacial spasm | https://www.ninds.nih.gov/
			---
			## What is it?
			Text. See [Botox](/treatments/botulinum-toxin-injections).
			## What does it feel and look like?
			Text.
			## What causes it?
			Text.
			## When to get help
			Text.
			## How is it diagnosed?
			Text.
			## How is it treated?
			Text.
			## What happens next
			Text.
			## Living with it
			Text.
			""";

	static final String TREATMENT = """
			---
			title: Botulinum toxin injections
			slug: botulinum-toxin-injections
			summary: Injections that calm the muscle.
			related:
			  - hemifacial-spasm
			also-known-as:
			  - Botox
			sources:
			  - NINDS: Hemifacial spasm | https://www.ninds.nih.gov/
			---
			## What is it?
			Text. Used for [hemifacial spasm](/conditions/hemifacial-spasm).
			## What is it used for?
			Text.
			## How does it work?
			Text.
			## What to expect
			Text.
			## Risks and side effects
			Text.
			""";

	static final String HOME = """
			---
			title: Why is my face twitching?
			slug: home
			summary: Causes of facial twitching.
			---
			## Many causes
			Read about [hemifacial spasm](/conditions/hemifacial-spasm) or [ask us](/consultation).
			""";

	private ContentFixtures() {
	}

	static void write(Path folder, UnaryOperator<String> condition, UnaryOperator<String> treatment)
			throws IOException {
		Files.createDirectories(folder.resolve("conditions"));
		Files.createDirectories(folder.resolve("treatments"));
		Files.createDirectories(folder.resolve("pages"));
		Files.writeString(folder.resolve("conditions/hemifacial-spasm.md"), condition.apply(CONDITION));
		Files.writeString(folder.resolve("treatments/botulinum-toxin-injections.md"), treatment.apply(TREATMENT));
		Files.writeString(folder.resolve("pages/home.md"), HOME);
	}

	static List<ContentPage> load(Path folder) {
		return new ContentLoader(new ContentProperties(folder.toUri().toString(), null)).load();
	}

}
