package com.nyfacialparalysis.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * One Markdown file, parsed: its header fields, its headings and links, its body split
 * into prose, care cards and illustrations (rendered as HTML), and its text block by
 * block for the checks and the reading-grade test. Raw HTML in a file is shown as text,
 * never passed through.
 */
final class MarkdownFile {

	/** A card's opening or closing line that ended up as text. */
	private static final Pattern CARD_LINE = Pattern.compile("(^|\\s):::(\\s|$)");

	private static final List<Extension> EXTENSIONS = List.of(YamlFrontMatterExtension.create(),
			TablesExtension.create());

	private static final Parser PARSER = Parser.builder()
		.extensions(EXTENSIONS)
		.customBlockParserFactory(new CareCardBlock.Factory())
		.build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		// commonmark's own list, with tel: added: the pages' phone links ("call or
		// text 988", the clinic's number) must reach the phone.
		.urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto", "data", "tel")))
		.attributeProviderFactory((context) -> (node, tagName, attributes) -> {
			if (node instanceof Link link) {
				// Links within the site are ordinary links; only links out are marked as
				// such.
				if (link.getDestination().startsWith("/") || link.getDestination().startsWith("#")
						|| link.getDestination().startsWith("tel:")) {
					attributes.remove("rel");
				}
				else {
					attributes.put("rel", "external");
				}
			}
		})
		.build();

	/**
	 * A piece of the body in reading order.
	 *
	 * @param kind prose, care card, shared card or illustration
	 * @param html the rendered Markdown (empty for an illustration; the card's name for a
	 * shared card)
	 * @param level the care card's level, or {@code null}
	 * @param image the illustration as written, or {@code null}
	 */
	record Part(BodyPart.Kind kind, String html, CareLevel level, ImageReference image) {
	}

	/**
	 * An image as the file writes it:
	 * {@code ![alt](/assets/illustrations/name.svg "caption")}.
	 *
	 * @param destination where it points
	 * @param alt the text alternative
	 * @param caption the title, shown as the caption
	 */
	record ImageReference(String destination, String alt, String caption) {
	}

	/**
	 * A paragraph, heading or table cell as plain text, with what the checks need to know
	 * about it.
	 *
	 * @param text its words
	 * @param withFollowingList its words and, for a paragraph that introduces a list, the
	 * list's words
	 * @param card the care card it sits in, or {@code null}
	 * @param links where its links point
	 */
	record TextBlock(String text, String withFollowingList, CareLevel card, List<String> links) {

		boolean inEmergencyCard() {
			return this.card != null && this.card.isEmergency();
		}

	}

	final Map<String, List<String>> header;

	final List<Heading> headings = new ArrayList<>();

	final List<String> headingTexts = new ArrayList<>();

	final List<String> links = new ArrayList<>();

	final List<Part> parts = new ArrayList<>();

	final List<TextBlock> blocks = new ArrayList<>();

	/**
	 * Mistakes in how cards and illustrations are written, as the end of a sentence
	 * naming the body.
	 */
	final List<String> layoutProblems = new ArrayList<>();

	final String text;

	MarkdownFile(String source) {
		Node document = PARSER.parse(source);
		YamlFrontMatterVisitor frontMatter = new YamlFrontMatterVisitor();
		document.accept(frontMatter);
		this.header = frontMatter.getData();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				MarkdownFile.this.headings.add(heading);
				MarkdownFile.this.headingTexts.add(plainText(heading));
				addBlock(heading);
				visitChildren(heading);
			}

			@Override
			public void visit(Paragraph paragraph) {
				addBlock(paragraph);
				visitChildren(paragraph);
			}

			@Override
			public void visit(CustomNode node) {
				if (node instanceof TableCell) {
					addBlock(node);
				}
				visitChildren(node);
			}

			@Override
			public void visit(Link link) {
				MarkdownFile.this.links.add(link.getDestination());
				visitChildren(link);
			}
		});
		splitIntoParts(document);
		this.text = String.join("\n", this.blocks.stream().map(TextBlock::text).toList());
	}

	private void splitIntoParts(Node document) {
		StringBuilder prose = new StringBuilder();
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof YamlFrontMatterBlock) {
				continue;
			}
			ImageReference image = standaloneImage(node);
			if (node instanceof CareCardBlock card) {
				flushProse(prose);
				addCareCard(card);
			}
			else if (image != null) {
				flushProse(prose);
				this.parts.add(new Part(BodyPart.Kind.ILLUSTRATION, "", null, image));
			}
			else {
				reportMisplacedSyntax(node);
				prose.append(HTML.render(node));
			}
		}
		flushProse(prose);
	}

	private void flushProse(StringBuilder prose) {
		if (!prose.isEmpty()) {
			this.parts.add(new Part(BodyPart.Kind.PROSE, prose.toString(), null, null));
			prose.setLength(0);
		}
	}

	private void addCareCard(CareCardBlock card) {
		SharedCard shared = SharedCard.named(card.levelName()).orElse(null);
		if (shared != null) {
			addSharedCard(card, shared);
			return;
		}
		CareLevel level = CareLevel.named(card.levelName()).orElse(null);
		if (level == null) {
			this.layoutProblems.add("has a care card '::: " + card.levelName() + "'; the levels are "
					+ CareLevel.allNames() + ", and the shared cards " + SharedCard.WITHIN_72_HOURS.key());
		}
		if (!card.isClosed()) {
			this.layoutProblems.add("has a care card '::: " + card.levelName() + "' with no closing ':::' line");
		}
		if (card.getFirstChild() == null) {
			this.layoutProblems.add("has an empty care card '::: " + card.levelName() + "'");
		}
		StringBuilder html = new StringBuilder();
		for (Node child = card.getFirstChild(); child != null; child = child.getNext()) {
			if (!(child instanceof Paragraph) && !(child instanceof ListBlock)) {
				this.layoutProblems.add("has a care card '::: " + card.levelName()
						+ "' holding something other than sentences and lists");
			}
			reportMisplacedSyntax(child);
			html.append(HTML.render(child));
		}
		this.parts.add(new Part(BodyPart.Kind.CARE_CARD, html.toString(), level, null));
	}

	/**
	 * A card whose words are the site's own: it is placed with an empty card, and its
	 * words come from the messages.
	 */
	private void addSharedCard(CareCardBlock card, SharedCard shared) {
		if (!card.isClosed()) {
			this.layoutProblems.add("has a care card '::: " + card.levelName() + "' with no closing ':::' line");
		}
		if (card.getFirstChild() != null) {
			this.layoutProblems.add("has words in the shared card '::: " + card.levelName()
					+ "'; its words are the site's own (the same on every page and the form), so it is placed "
					+ "empty: '::: " + card.levelName() + "' then ':::'");
		}
		this.parts.add(new Part(BodyPart.Kind.SHARED_CARD, shared.key(), shared.level(), null));
	}

	/**
	 * Images anywhere but alone in a top-level paragraph, and card lines the parser could
	 * not take as cards.
	 */
	private void reportMisplacedSyntax(Node node) {
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				MarkdownFile.this.layoutProblems.add("has an image ('" + image.getDestination()
						+ "') inside a sentence, list or card; put each illustration in a paragraph of its own");
			}

			@Override
			public void visit(Paragraph paragraph) {
				if (CARD_LINE.matcher(plainText(paragraph)).find()) {
					MarkdownFile.this.layoutProblems.add("has a ':::' line that is not part of a care card ('"
							+ plainText(paragraph) + "'): a card opens with '::: level' on a line of its own, "
							+ "outside lists and other cards, and closes with ':::'");
				}
				visitChildren(paragraph);
			}
		});
	}

	private void addBlock(Node node) {
		ImageReference image = standaloneImage(node);
		String words = (image != null) ? image.caption() : plainText(node);
		String withList = words;
		if (node instanceof Paragraph && node.getNext() instanceof ListBlock list) {
			withList = words + " " + plainText(list);
		}
		List<String> destinations = new ArrayList<>();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				destinations.add(link.getDestination());
				visitChildren(link);
			}
		});
		this.blocks.add(new TextBlock(words, withList, enclosingCard(node), List.copyOf(destinations)));
	}

	private static CareLevel enclosingCard(Node node) {
		for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof CareCardBlock card) {
				return CareLevel.named(card.levelName()).orElse(null);
			}
		}
		return null;
	}

	/** The image a top-level paragraph holds and nothing else, or {@code null}. */
	private static ImageReference standaloneImage(Node node) {
		if (!(node instanceof Paragraph) || !(node.getParent() instanceof Document)) {
			return null;
		}
		Node only = node.getFirstChild();
		if (!(only instanceof Image image) || only.getNext() != null) {
			return null;
		}
		return new ImageReference(image.getDestination(), plainText(image),
				(image.getTitle() != null) ? image.getTitle().strip() : "");
	}

	/**
	 * The words of a node and its children, with line breaks as spaces and no link
	 * addresses.
	 */
	static String plainText(Node node) {
		StringBuilder words = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text text) {
				words.append(text.getLiteral());
			}

			@Override
			public void visit(Code code) {
				words.append(code.getLiteral());
			}

			@Override
			public void visit(SoftLineBreak softLineBreak) {
				words.append(' ');
			}

			@Override
			public void visit(HardLineBreak hardLineBreak) {
				words.append(' ');
			}

			@Override
			public void visit(Paragraph paragraph) {
				if (!words.isEmpty()) {
					words.append(' ');
				}
				visitChildren(paragraph);
			}

			@Override
			public void visit(CustomBlock customBlock) {
				visitChildren(customBlock);
			}
		});
		return words.toString().strip();
	}

}
