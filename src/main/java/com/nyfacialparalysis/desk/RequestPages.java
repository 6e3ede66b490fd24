package com.nyfacialparalysis.desk;

import java.util.Locale;

import org.springframework.ui.Model;

/**
 * Draws a request's page, for a feature whose form on it came back with a mistake.
 */
public interface RequestPages {

	/** Fills the model for the request's page and returns its view name. */
	String render(Long id, Locale locale, Model model);

}
