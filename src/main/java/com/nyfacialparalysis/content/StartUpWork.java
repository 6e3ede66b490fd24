package com.nyfacialparalysis.content;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Work the content module does on a thread of its own while the rest of the site starts
 * (reading the content files, building the search indexes), and waits for when it is
 * first needed.
 */
final class StartUpWork {

	private StartUpWork() {
	}

	/**
	 * The value of work started at start-up, waiting for it if need be; its failure is
	 * thrown as it was thrown there, so a broken content file still stops the start with
	 * its own message.
	 */
	static <T> T awaited(CompletableFuture<T> work) {
		try {
			return work.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error failure) {
				throw failure;
			}
			throw ex;
		}
	}

}
