package com.nyfacialparalysis.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * One Markdown file, parsed: its header fields, its headings and links, and its body as
 * HTML and as plain text. Raw HTML in a file is shown as text, never passed through.
 */
final class MarkdownFile {

	private static final List<Extension> EXTENSIONS = List.of(YamlFrontMatterExtension.create(),
			TablesExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.attributeProviderFactory((context) -> (node, tagName, attributes) -> {
			if (node instanceof Link link) {
				// Links within the site are ordinary links; only links out are marked as
				// such.
				if (link.getDestination().startsWith("/") || link.getDestination().startsWith("#")) {
					attributes.remove("rel");
				}
				else {
					attributes.put("rel", "external");
				}
			}
		})
		.build();

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

	final Map<String, List<String>> header;

	final List<Heading> headings = new ArrayList<>();

	final List<String> headingTexts = new ArrayList<>();

	final List<String> links = new ArrayList<>();

	final String html;

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
				MarkdownFile.this.headingTexts.add(TEXT.render(heading).trim());
				visitChildren(heading);
			}

			@Override
			public void visit(Link link) {
				MarkdownFile.this.links.add(link.getDestination());
				visitChildren(link);
			}
		});
		this.html = HTML.render(document);
		this.text = TEXT.render(document);
	}

}
