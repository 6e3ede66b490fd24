package com.nyfacialparalysis.requests;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Asked for a request that is not kept (never was, or deleted by retention): a 404.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RequestNotFoundException extends RuntimeException {

	RequestNotFoundException(Long id) {
		super("No such request: " + id);
	}

}
