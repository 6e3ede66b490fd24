package com.nyfacialparalysis.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Document;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * A care card in a content file: a block that opens with {@code ::: level} on a line of
 * its own and closes with {@code :::}. Everything between is ordinary Markdown (a
 * sentence, a list). Only a card at the top level of the file is recognised; anything
 * else is left as text for the checks to report.
 */
final class CareCardBlock extends CustomBlock {

	private static final Pattern OPENING = Pattern.compile(":::[ \\t]*(\\S*)[ \\t]*");

	private static final Pattern CLOSING = Pattern.compile(":::[ \\t]*");

	private final String levelName;

	private boolean closed;

	CareCardBlock(String levelName) {
		this.levelName = levelName;
	}

	/**
	 * The level as written after {@code :::}; checked against {@link CareLevel} by the
	 * loader.
	 */
	String levelName() {
		return this.levelName;
	}

	/** Whether the card had its closing {@code :::} line. */
	boolean isClosed() {
		return this.closed;
	}

	static final class Factory extends AbstractBlockParserFactory {

		/**
		 * The document itself, or a paragraph of it that the card's opening line ends.
		 */
		private static boolean atTopLevel(Block active) {
			return active instanceof Document
					|| (active instanceof Paragraph && active.getParent() instanceof Document);
		}

		@Override
		public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
			if (state.getIndent() >= 4 || !atTopLevel(state.getActiveBlockParser().getBlock())) {
				return BlockStart.none();
			}
			CharSequence line = state.getLine().getContent();
			Matcher opening = OPENING.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
			if (!opening.matches() || opening.group(1).isEmpty()) {
				return BlockStart.none();
			}
			return BlockStart.of(new Parser(opening.group(1))).atIndex(line.length());
		}

	}

	private static final class Parser extends AbstractBlockParser {

		private final CareCardBlock block;

		Parser(String levelName) {
			this.block = new CareCardBlock(levelName);
		}

		@Override
		public Block getBlock() {
			return this.block;
		}

		@Override
		public boolean isContainer() {
			return true;
		}

		@Override
		public boolean canContain(Block childBlock) {
			return true;
		}

		@Override
		public BlockContinue tryContinue(ParserState state) {
			CharSequence line = state.getLine().getContent();
			if (state.getIndent() < 4
					&& CLOSING.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length())).matches()) {
				this.block.closed = true;
				return BlockContinue.finished();
			}
			return BlockContinue.atIndex(state.getIndex());
		}

	}

}
