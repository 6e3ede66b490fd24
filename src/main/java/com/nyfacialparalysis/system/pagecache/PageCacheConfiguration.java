package com.nyfacialparalysis.system.pagecache;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.ViewResolver;

import com.nyfacialparalysis.system.site.Language;
import com.nyfacialparalysis.system.site.SitePage;

/**
 * The rendered-page cache, first of all filters, keeping the pages and searches the list
 * of the site's addresses ({@link SitePage}) says may be kept; the blank forms kept with
 * holes for each visitor's tokens ({@link BlankForms}); and {@link PageCache}, which
 * forgets both.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	@Bean
	FilterRegistrationBean<RenderedPageCache> renderedPageCache(PageCacheProperties budgets, MeterRegistry metrics) {
		FilterRegistrationBean<RenderedPageCache> registration = new FilterRegistrationBean<>(
				new RenderedPageCache(SitePage.keptPages(), SitePage.keptSearches(),
						List.of(SitePage.HOME.path(Language.ENGLISH)), budgets, metrics));
		registration.addUrlPatterns("/*");
		registration.setName("renderedPageCache");
		// First of all filters but the one that refuses unreadable parameters
		// (system.security.UnreadableRequests), so a page from memory skips the request
		// metrics, Spring Session and Spring Security's chain; it keeps and replays the
		// headers the chain wrote on the first render. Running before Spring Session, it
		// cannot see that session, so it steps aside for any request with a session
		// cookie.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		// Read when the site starts, not when the jar is built: with Spring AOT the beans
		// are fixed at build time, so the setting switches the filter, not the bean.
		registration.setEnabled(budgets.enabled());
		return registration;
	}

	@Bean
	BlankForms blankForms(PageCacheProperties budgets, ObjectProvider<ViewResolver> viewResolvers,
			MeterRegistry metrics) {
		return new BlankForms(budgets.enabled(), viewResolvers, metrics);
	}

	@Bean
	PageCache pageCache(FilterRegistrationBean<RenderedPageCache> renderedPageCache, BlankForms blankForms) {
		RenderedPageCache pages = renderedPageCache.getFilter();
		return () -> {
			pages.forgetAll();
			blankForms.forgetAll();
		};
	}

}
