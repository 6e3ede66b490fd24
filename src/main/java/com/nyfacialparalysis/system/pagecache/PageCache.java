package com.nyfacialparalysis.system.pagecache;

/**
 * The pages kept in memory after their first render ({@link RenderedPageCache}, and the
 * blank forms of {@link BlankForms}), as the rest of the site sees them: it can only have
 * them all forgotten, when what they show has changed (a clinician signed a page off), so
 * that each is rendered afresh on its next request.
 */
@FunctionalInterface
public interface PageCache {

	/**
	 * Forgets every page and blank form kept (search results say nothing of a page's
	 * review, and stay).
	 */
	void forgetAll();

}
