package com.nyfacialparalysis.content;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Asked for a page that does not exist: shown to the visitor as the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PageNotFoundException extends RuntimeException {

	public PageNotFoundException(String what) {
		super("No such page: " + what);
	}

}
