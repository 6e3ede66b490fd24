/**
 * The rendered-page cache: the pages that depend only on the reviewed content, kept in
 * memory after their first render and served before anything else runs. The rest of the
 * site sees one thing of it, {@link com.nyfacialparalysis.system.pagecache.PageCache}.
 */
@NamedInterface("pagecache")
package com.nyfacialparalysis.system.pagecache;

import org.springframework.modulith.NamedInterface;
