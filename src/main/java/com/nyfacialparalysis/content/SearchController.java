package com.nyfacialparalysis.content;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.nyfacialparalysis.system.site.Language;
import com.nyfacialparalysis.system.site.PageMeta;
import com.nyfacialparalysis.system.site.SitePage;

/**
 * {@code /search?q=}: a search over every page, answering an empty or unmatched query
 * with help rather than an error.
 */
@Controller
class SearchController {

	static final String VIEW = "search";

	private final SearchIndex index;

	private final MessageSource messages;

	SearchController(SearchIndex index, MessageSource messages) {
		this.index = index;
		this.messages = messages;
	}

	@GetMapping({ "/search", "/es/buscar" })
	String search(@RequestParam(name = "q", required = false, defaultValue = "") String q, Model model) {
		String query = q.strip();
		List<ContentPage> results = query.isEmpty() ? List.of() : this.index.search(query, Language.current());
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		model.addAttribute("noindex", !query.isEmpty());
		var locale = LocaleContextHolder.getLocale();
		model.addAttribute("meta", PageMeta.of(this.messages.getMessage("search.title", null, locale),
				this.messages.getMessage("search.description", null, locale), SitePage.SEARCH));
		return VIEW;
	}

}
