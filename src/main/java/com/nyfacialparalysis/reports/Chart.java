package com.nyfacialparalysis.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A bar chart drawn on the server as SVG: the positions of its bars, labels and grid
 * lines, worked out here so the template only places them. No script, no style attribute:
 * colours come from classes in site.css.
 *
 * @param id the id its heading and table share
 * @param width the drawing's width in SVG units
 * @param height its height
 * @param bars the bars
 * @param labels the texts (category names under or beside the bars)
 * @param grid the value lines with their numbers
 */
public record Chart(String id, int width, int height, List<Bar> bars, List<Label> labels, List<Gridline> grid) {

	private static final int WIDTH = 720;

	private static final int HEIGHT = 260;

	private static final int LEFT = 56;

	private static final int RIGHT = 8;

	private static final int TOP = 12;

	private static final int BOTTOM = 36;

	private static final int ROW = 28;

	private static final int NAMES = 230;

	/**
	 * One bar.
	 *
	 * @param series which series (0 or 1) it belongs to, for its colour
	 */
	public record Bar(double x, double y, double width, double height, int series) {
	}

	/**
	 * A text at a point; {@code anchor} is SVG's text-anchor (start, middle, end).
	 */
	public record Label(double x, double y, String text, String anchor) {
	}

	/** A horizontal or vertical line for a value, with the value written at its end. */
	public record Gridline(double x1, double y1, double x2, double y2, double textX, double textY, String text,
			String anchor) {
	}

	/**
	 * Bars grouped by category (the weeks), one bar a series in each group, upwards from
	 * zero; {@code format} writes the grid lines' values.
	 */
	static Chart columns(String id, List<String> categories, List<double[]> series, DoubleFunction<String> format) {
		double max = niceMax(series.stream().flatMapToDouble(Arrays::stream).max().orElse(0));
		return columns(id, categories, series, max, format);
	}

	static Chart columns(String id, List<String> categories, List<double[]> series, double max,
			DoubleFunction<String> format) {
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double groupWidth = plotWidth / Math.max(1, categories.size());
		double barWidth = groupWidth * 0.7 / series.size();
		List<Bar> bars = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		for (int i = 0; i < categories.size(); i++) {
			double groupX = LEFT + i * groupWidth + groupWidth * 0.15;
			for (int s = 0; s < series.size(); s++) {
				double value = series.get(s)[i];
				double barHeight = (max == 0) ? 0 : round(plotHeight * value / max);
				bars.add(new Bar(round(groupX + s * barWidth), round(TOP + plotHeight - barHeight), round(barWidth),
						barHeight, s));
			}
			labels.add(new Label(round(LEFT + i * groupWidth + groupWidth / 2), HEIGHT - BOTTOM + 20, categories.get(i),
					"middle"));
		}
		List<Gridline> grid = new ArrayList<>();
		for (int step = 0; step <= 4; step++) {
			double y = round(TOP + plotHeight - plotHeight * step / 4);
			grid.add(new Gridline(LEFT, y, WIDTH - RIGHT, y, LEFT - 6, y + 5, format.apply(max * step / 4), "end"));
		}
		return new Chart(id, WIDTH, HEIGHT, bars, labels, grid);
	}

	/** One bar a category, from left to right, the category's name before it. */
	static Chart rows(String id, List<String> categories, double[] values, DoubleFunction<String> format) {
		double max = niceMax(Arrays.stream(values).max().orElse(0));
		int height = TOP + ROW * Math.max(1, categories.size()) + BOTTOM;
		double plotWidth = WIDTH - NAMES - RIGHT - 16;
		List<Bar> bars = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		for (int i = 0; i < categories.size(); i++) {
			double y = TOP + i * ROW;
			double barWidth = (max == 0) ? 0 : round(plotWidth * values[i] / max);
			bars.add(new Bar(NAMES, round(y + 4), barWidth, ROW - 8, 0));
			labels.add(new Label(NAMES - 8, round(y + ROW / 2.0 + 5), categories.get(i), "end"));
		}
		List<Gridline> grid = new ArrayList<>();
		double bottom = TOP + ROW * Math.max(1, categories.size());
		for (int step = 0; step <= 4; step++) {
			double x = round(NAMES + plotWidth * step / 4);
			grid.add(new Gridline(x, TOP, x, bottom, x, bottom + 20, format.apply(max * step / 4), "middle"));
		}
		return new Chart(id, WIDTH, height, bars, labels, grid);
	}

	/**
	 * The top of the scale: 1, 2 or 5 times a power of ten, at or above the largest
	 * value.
	 */
	static double niceMax(double largest) {
		if (largest <= 0) {
			return 1;
		}
		double power = Math.pow(10, Math.floor(Math.log10(largest)));
		for (double step : new double[] { 1, 2, 5, 10 }) {
			if (step * power >= largest) {
				return step * power;
			}
		}
		return 10 * power;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
