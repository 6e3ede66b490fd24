package com.nyfacialparalysis.content;

/**
 * A drawing on a content page, served from {@code /assets}.
 *
 * @param src its address, such as {@code /assets/illustrations/facial-nerve.svg} (the
 * template adds the fingerprint)
 * @param alt what it shows, for people who cannot see it
 * @param caption the words shown under it
 * @param width its width in CSS pixels, from the drawing's own view box
 * @param height its height in CSS pixels
 */
public record Illustration(String src, String alt, String caption, int width, int height) {
}
