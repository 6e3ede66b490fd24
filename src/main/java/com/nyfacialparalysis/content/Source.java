package com.nyfacialparalysis.content;

/**
 * A reference a page's facts rest on.
 *
 * @param title who published it and what it is called
 * @param url where to read it
 */
public record Source(String title, String url) {
}
