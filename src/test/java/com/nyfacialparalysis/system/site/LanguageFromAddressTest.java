package com.nyfacialparalysis.system.site;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageFromAddressTest {

	private final LanguageFromAddress resolver = new LanguageFromAddress();

	@Test
	void theAddressAloneChoosesTheLanguage() {
		assertThat(this.resolver.resolveLocale(get("/es/afecciones/paralisis-de-bell", "en-US")))
			.isEqualTo(LanguageFromAddress.SPANISH);
		assertThat(this.resolver.resolveLocale(get("/es", "en-US"))).isEqualTo(LanguageFromAddress.SPANISH);
		assertThat(this.resolver.resolveLocale(get("/conditions/bells-palsy", "es-US,es;q=0.9")))
			.isEqualTo(LanguageFromAddress.ENGLISH);
		assertThat(this.resolver.resolveLocale(get("/estres", "es"))).isEqualTo(LanguageFromAddress.ENGLISH);
	}

	private static MockHttpServletRequest get(String path, String acceptLanguage) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setServletPath(path);
		request.addHeader("Accept-Language", acceptLanguage);
		return request;
	}

}
