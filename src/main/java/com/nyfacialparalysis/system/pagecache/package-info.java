/**
 * The rendered-page cache: the pages that depend only on the reviewed content, kept in
 * memory after their first render and served before anything else runs; and the blank
 * form pages, kept with holes for each visitor's tokens
 * ({@link com.nyfacialparalysis.system.pagecache.BlankForms}). The rest of the site may
 * have them all forgotten, {@link com.nyfacialparalysis.system.pagecache.PageCache}.
 */
@NamedInterface("pagecache")
package com.nyfacialparalysis.system.pagecache;

import org.springframework.modulith.NamedInterface;
