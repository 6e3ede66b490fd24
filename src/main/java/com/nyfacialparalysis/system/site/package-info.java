/**
 * The site's addresses and languages: the one list of addresses in English and Spanish
 * ({@link com.nyfacialparalysis.system.site.SitePage}), the language of a page from its
 * address, what the layout says about a page to browsers and search engines
 * ({@link com.nyfacialparalysis.system.site.PageMeta}), and the web settings every page
 * shares (ETags, caching headers).
 */
@NamedInterface("site")
package com.nyfacialparalysis.system.site;

import org.springframework.modulith.NamedInterface;
