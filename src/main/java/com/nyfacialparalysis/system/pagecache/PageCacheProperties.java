package com.nyfacialparalysis.system.pagecache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much memory the rendered-page cache may hold. Each budget counts the page bytes
 * kept (plain and gzip-compressed), their headers and their addresses; when it is full,
 * the least useful page is forgotten.
 *
 * @param enabled whether pages are kept at all
 * @param pagesBudget memory for the pages that depend only on the content (every one fits
 * many times over)
 * @param searchBudget memory for search results, a separate cache, so that a flood of odd
 * searches cannot push the pages out or grow the heap
 */
@ConfigurationProperties("clinic.web.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("16MB") DataSize pagesBudget,
		@DefaultValue("4MB") DataSize searchBudget) {

}
