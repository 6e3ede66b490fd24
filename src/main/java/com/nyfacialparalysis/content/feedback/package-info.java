/**
 * Readers' answers to "Was this page helpful?": taken on the public pages, read and dealt
 * with on the staff desk's Content screen, deleted after a year.
 */
@NamedInterface("feedback")
package com.nyfacialparalysis.content.feedback;

import org.springframework.modulith.NamedInterface;
