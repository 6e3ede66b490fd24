package com.nyfacialparalysis.content.feedback;

import com.nyfacialparalysis.content.PageKey;

/**
 * How many readers found a page helpful, and how many did not, over a period.
 *
 * @param page the page
 * @param yes the readers who answered yes
 * @param no the readers who answered no
 */
public record HelpfulCount(PageKey page, long yes, long no) {
}
