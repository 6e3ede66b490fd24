package com.nyfacialparalysis.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.node.Heading;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.StringUtils;

import com.nyfacialparalysis.system.site.Language;
import com.nyfacialparalysis.system.site.SitePage;

/**
 * Reads every content file and checks it: required header fields, a review interval the
 * clinic can keep to, no review claims typed into a file, the sections each kind of page
 * must answer, links to pages that exist, related pages that name each other both ways,
 * care cards and illustrations written as the content README says, and the safety rules
 * ({@link SafetyRules}). Every problem found is reported at once, naming the file and the
 * field.
 */
final class ContentLoader {

	static final List<String> CONDITION_SECTIONS = List.of("What is it?", "What does it feel and look like?",
			"What causes it?", "When to get help", "How is it diagnosed?", "How is it treated?", "What happens next",
			"Living with it");

	static final List<String> TREATMENT_SECTIONS = List.of("What is it?", "What is it used for?", "How does it work?",
			"What to expect", "Risks and side effects");

	/** Site addresses a content file may link to besides the content pages themselves. */
	private static final Set<String> OTHER_ADDRESSES = Set.copyOf(SitePage.fixedAddresses());

	/** The folder, under the content location, of the Spanish translations. */
	static final String SPANISH_FOLDER = "es/";

	private static final Set<String> THERAPY_TYPES = Set.of("MedicalTherapy", "DrugClass", "Drug", "PhysicalTherapy",
			"SurgicalProcedure", "TherapeuticProcedure");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

	private static final Pattern SOURCE = Pattern.compile("(.+?)\\s*\\|\\s*(https://\\S+)");

	private static final Pattern INTERVAL = Pattern.compile("(\\d{1,3}) (months?|years?)");

	/** How long a sign-off holds when a file does not say. */
	static final Period DEFAULT_REVIEW_INTERVAL = Period.ofYears(1);

	/** The longest review interval a file may set. */
	static final int MAX_REVIEW_MONTHS = 36;

	/**
	 * Header fields that once typed a review into a file. A review is recorded only when
	 * a clinician signs the page off in the staff desk, so a file may not claim one.
	 */
	private static final List<String> REVIEW_CLAIMS = List.of("last-reviewed", "next-review-due", "reviewed-by");

	private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	private final ContentProperties properties;

	private final IllustrationFiles illustrations = new IllustrationFiles(this.resolver);

	private final List<String> problems = new ArrayList<>();

	/** The levels of each page's headings, in order, to compare a translation with. */
	private final Map<ContentPage, List<Integer>> headingLevels = new IdentityHashMap<>();

	ContentLoader(ContentProperties properties) {
		this.properties = properties;
	}

	List<ContentPage> load() {
		List<ContentPage> pages = new ArrayList<>();
		for (PageKind kind : PageKind.values()) {
			pages.addAll(loadFolder(kind, Language.ENGLISH));
		}
		List<ContentPage> translations = new ArrayList<>();
		for (PageKind kind : PageKind.values()) {
			translations.addAll(loadFolder(kind, Language.SPANISH));
		}
		checkTranslations(pages, translations);
		pages.addAll(translations);
		checkLinksAndRelations(pages);
		if (!this.problems.isEmpty()) {
			throw new ContentFileException(this.problems);
		}
		return pages;
	}

	private List<ContentPage> loadFolder(PageKind kind, Language language) {
		String location = this.properties.location();
		String base = (location.endsWith("/") ? location : location + "/")
				+ ((language == Language.SPANISH) ? SPANISH_FOLDER : "");
		try {
			Resource[] files = this.resolver.getResources(base + kind.folder() + "/*.md");
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			List<ContentPage> pages = new ArrayList<>();
			for (Resource file : files) {
				ContentPage page = read(kind, language, file);
				if (page != null) {
					pages.add(page);
				}
			}
			// A site may have no translations yet; it may not be without pages.
			if (pages.isEmpty() && files.length == 0 && language == Language.ENGLISH) {
				this.problems.add(base + kind.folder() + "/: no content files found");
			}
			return pages;
		}
		catch (IOException ex) {
			this.problems.add(base + kind.folder() + "/: cannot be read (" + ex.getMessage() + ")");
			return List.of();
		}
	}

	private ContentPage read(PageKind kind, Language language, Resource resource) throws IOException {
		String name = fileName(kind, language, resource.getFilename());
		byte[] bytes = resource.getContentAsByteArray();
		String content;
		try {
			content = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			this.problems.add(name + ": is not UTF-8 text; save it as UTF-8");
			return null;
		}
		MarkdownFile file = new MarkdownFile(content);
		FileChecks check = new FileChecks(name, file.header);
		int before = this.problems.size();

		String slug = check.required("slug");
		String expectedSlug = StringUtils.stripFilenameExtension(resource.getFilename());
		if (slug != null && !slug.equals(expectedSlug)) {
			check.problem("slug", "is '" + slug + "' but the file is named '" + expectedSlug + ".md'");
		}
		if (slug != null && !SLUG.matcher(slug).matches()) {
			check.problem("slug", "may hold only lower-case letters, digits and single hyphens");
		}
		String translationOf = slug;
		if (language == Language.ENGLISH && file.header.containsKey("translation-of")) {
			check.problem("translation-of", "is for translations (in " + SPANISH_FOLDER + ") only; remove it");
		}
		else if (language != Language.ENGLISH) {
			translationOf = check.required("translation-of");
		}
		String title = check.required("title");
		String summary = check.required("summary");
		if (summary != null && summary.length() > 200) {
			check.problem("summary", "is " + summary.length() + " characters; keep it under 200");
		}
		boolean medical = kind != PageKind.PAGE;
		for (String claim : REVIEW_CLAIMS) {
			if (file.header.containsKey(claim)) {
				check.problem(claim, "is not used: a review is recorded only when a clinician signs the page off"
						+ " in the staff desk (/staff/content); remove it");
			}
		}
		// Conditions and treatments are always checked by a clinician; a general page
		// that gives health advice says so.
		boolean clinicallyReviewed = medical || check.flag("clinical-review");
		if (medical && file.header.containsKey("clinical-review")) {
			check.problem("clinical-review", "is for pages/ only: every condition and treatment is reviewed");
		}
		Period reviewInterval = reviewInterval(check);
		String schemaType = check.optional("schema-type", "MedicalTherapy");
		if (!THERAPY_TYPES.contains(schemaType)) {
			check.problem("schema-type", "is '" + schemaType + "'; use one of " + THERAPY_TYPES);
		}
		boolean urgent = check.flag("urgent-advice");
		int order = check.number("order", 100);
		// Every treatment names the conditions it is used for; a condition may have none
		// of the site's treatments.
		List<String> related = check.list("related", kind == PageKind.TREATMENT);
		List<String> alsoKnownAs = check.list("also-known-as", false);
		List<String> searchTerms = check.list("search-terms", false);
		List<Source> sources = new ArrayList<>();
		for (String line : check.list("sources", medical)) {
			var matcher = SOURCE.matcher(line);
			if (matcher.matches()) {
				sources.add(new Source(matcher.group(1), matcher.group(2)));
			}
			else {
				check.problem("sources", "entry '" + line + "' must read 'Title | https://address'");
			}
		}
		if (language == Language.ENGLISH) {
			// A translation's sections are checked against its English original's.
			checkSections(check, kind, file);
		}
		for (String link : file.links) {
			if (!link.startsWith("/") && !link.startsWith("https://") && !link.startsWith("#")
					&& !link.startsWith("tel:")) {
				check.problem("body",
						"link '" + link + "' must be a site path (/...), an https:// address or a tel: number");
			}
		}
		file.layoutProblems.forEach((problem) -> check.problem("body", problem));
		SafetyRules.apply(check, file, summary, sources, medical || !sources.isEmpty(), language);
		List<BodyPart> body = bodyOf(check, file, language);
		this.problems.addAll(check.problems());
		if (this.problems.size() > before) {
			return null;
		}
		ContentPage page = new ContentPage(kind, slug, title, summary, order, clinicallyReviewed, reviewInterval,
				schemaType, urgent, related, alsoKnownAs, searchTerms, sources, body, file.text, content, sha256(bytes),
				language, translationOf);
		this.headingLevels.put(page, file.headings.stream().map(Heading::getLevel).toList());
		return page;
	}

	private static String fileName(PageKind kind, Language language, String file) {
		return ((language == Language.SPANISH) ? SPANISH_FOLDER : "") + kind.folder() + "/" + file;
	}

	private static String fileName(ContentPage page) {
		return fileName(page.kind(), page.language(), page.slug() + ".md");
	}

	/**
	 * A translation stands for one English page that exists, under a slug of its own,
	 * with the same sections (by level and order), the same care cards (by level and
	 * order), the same related pages and the same urgent advice.
	 */
	private void checkTranslations(List<ContentPage> originals, List<ContentPage> translations) {
		Map<PageKey, ContentPage> english = new HashMap<>();
		originals.forEach((page) -> english.put(page.key(), page));
		Map<PageKey, ContentPage> translated = new HashMap<>();
		for (ContentPage page : translations) {
			String name = fileName(page);
			if (english.containsKey(page.key())) {
				this.problems.add(name + ": field 'slug' is '" + page.slug() + "', which is also the slug of "
						+ page.kind().folder() + "/" + page.slug()
						+ ".md; give the translation a slug in its own words");
			}
			ContentPage original = english.get(new PageKey(page.kind(), page.translationOf()));
			if (original == null) {
				this.problems
					.add(name + ": field 'translation-of' names '" + page.translationOf() + "', but there is no "
							+ page.kind().folder() + "/" + page.translationOf() + ".md to translate");
				continue;
			}
			ContentPage earlier = translated.putIfAbsent(original.key(), page);
			if (earlier != null) {
				this.problems.add(name + ": field 'translation-of' names '" + page.translationOf() + "', which "
						+ fileName(earlier) + " already translates");
			}
			List<Integer> levels = this.headingLevels.get(page);
			List<Integer> originalLevels = this.headingLevels.get(original);
			if (!levels.equals(originalLevels)) {
				this.problems.add(name + ": body has headings of levels " + levels + " but " + fileName(original)
						+ " has " + originalLevels + "; a translation keeps the same sections in the same order");
			}
			List<String> cards = cards(page);
			List<String> originalCards = cards(original);
			if (!cards.equals(originalCards)) {
				this.problems.add(name + ": body has the care cards " + cards + " but " + fileName(original) + " has "
						+ originalCards + "; a translation keeps the same cards in the same order");
			}
			if (!Set.copyOf(page.related()).equals(Set.copyOf(original.related()))) {
				this.problems
					.add(name + ": field 'related' names " + page.related() + " but " + fileName(original) + " names "
							+ original.related() + "; a translation names the English slugs its original" + " names");
			}
			if (page.clinicallyReviewed() != original.clinicallyReviewed()) {
				this.problems.add(name + ": field 'clinical-review' says " + page.clinicallyReviewed() + " but "
						+ fileName(original) + " says " + original.clinicallyReviewed()
						+ "; a translation is checked by a clinician when its original is");
			}
			if (page.urgentAdvice() != original.urgentAdvice()) {
				this.problems.add(name + ": field 'urgent-advice' is " + page.urgentAdvice() + " but "
						+ fileName(original) + " says " + original.urgentAdvice());
			}
		}
	}

	/** The page's care cards in order: each by its level, a shared card by its name. */
	private static List<String> cards(ContentPage page) {
		return page.body()
			.stream()
			.filter((part) -> part.level() != null)
			.map((part) -> (part.kind() == BodyPart.Kind.SHARED_CARD) ? part.html() : part.level().key())
			.toList();
	}

	/**
	 * How long a sign-off holds: {@code 6 months}, {@code 2 years}; 12 months when the
	 * file does not say, and never more than 3 years.
	 */
	private static Period reviewInterval(FileChecks check) {
		String written = check.optional("review-interval", null);
		if (written == null) {
			return DEFAULT_REVIEW_INTERVAL;
		}
		var matcher = INTERVAL.matcher(written);
		if (!matcher.matches()) {
			check.problem("review-interval",
					"is '" + written + "'; write a number of months or years, such as" + " '12 months' or '2 years'");
			return DEFAULT_REVIEW_INTERVAL;
		}
		int number = Integer.parseInt(matcher.group(1));
		int months = matcher.group(2).startsWith("year") ? number * 12 : number;
		if (months < 1 || months > MAX_REVIEW_MONTHS) {
			check.problem("review-interval", "is '" + written + "'; it must be at least 1 month and at most 3 years");
			return DEFAULT_REVIEW_INTERVAL;
		}
		return (months % 12 == 0) ? Period.ofYears(months / 12) : Period.ofMonths(months);
	}

	/** The SHA-256 of a file's exact bytes, in lower-case hex. */
	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private List<BodyPart> bodyOf(FileChecks check, MarkdownFile file, Language language) {
		List<BodyPart> body = new ArrayList<>();
		for (MarkdownFile.Part part : file.parts) {
			switch (part.kind()) {
				case PROSE -> body.add(BodyPart.prose(part.html()));
				case CARE_CARD -> body.add(BodyPart.careCard(part.level(), part.html()));
				case SHARED_CARD -> SharedCard.named(part.html()).map(BodyPart::sharedCard).ifPresent(body::add);
				case ILLUSTRATION -> {
					Illustration illustration = this.illustrations.resolve(check, part.image(), language);
					if (illustration != null) {
						body.add(BodyPart.illustration(illustration));
					}
				}
			}
		}
		return body;
	}

	private void checkSections(FileChecks check, PageKind kind, MarkdownFile file) {
		for (Heading heading : file.headings) {
			if (heading.getLevel() == 1) {
				check.problem("body",
						"has a first-level heading; the title is the page's only one, use ## for sections");
			}
		}
		List<String> required = switch (kind) {
			case CONDITION -> CONDITION_SECTIONS;
			case TREATMENT -> TREATMENT_SECTIONS;
			case PAGE -> List.of();
		};
		int found = 0;
		for (String heading : file.headingTexts) {
			if (found < required.size() && heading.equals(required.get(found))) {
				found++;
			}
		}
		if (found < required.size()) {
			check.problem("body", "is missing the section '## " + required.get(found)
					+ "' (sections must be, in order: " + String.join(" / ", required) + ")");
		}
	}

	private void checkLinksAndRelations(List<ContentPage> pages) {
		Map<String, ContentPage> byPath = new HashMap<>();
		// Relations name English slugs.
		pages.forEach((page) -> byPath.put(page.path(), page));
		Map<String, ContentPage> englishByPath = new HashMap<>();
		pages.stream().filter(ContentPage::isEnglish).forEach((page) -> englishByPath.put(page.path(), page));
		for (ContentPage page : pages) {
			String name = fileName(page);
			for (String target : linksOf(page)) {
				String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
				if (path.startsWith("/") && !OTHER_ADDRESSES.contains(path) && !byPath.containsKey(path)) {
					this.problems.add(name + ": body links to '" + target + "', which is not a page of this site");
				}
			}
			// A translation's relations are its original's, checked above.
			if (page.kind() == PageKind.PAGE || !page.isEnglish()) {
				continue;
			}
			String otherFolder = page.kind().relatedKind().folder();
			for (String slug : page.related()) {
				ContentPage other = englishByPath.get("/" + otherFolder + "/" + slug);
				if (other == null) {
					this.problems.add(name + ": field 'related' names '" + slug + "', but there is no " + otherFolder
							+ "/" + slug + ".md");
				}
				else if (!other.related().contains(page.slug())) {
					this.problems.add(name + ": field 'related' names '" + slug + "', but " + otherFolder + "/" + slug
							+ ".md does not name '" + page.slug() + "' back");
				}
			}
		}
	}

	private static List<String> linksOf(ContentPage page) {
		List<String> links = new ArrayList<>();
		var matcher = HREF.matcher(page.html());
		while (matcher.find()) {
			links.add(matcher.group(1).replace("&amp;", "&"));
		}
		return links;
	}

}
