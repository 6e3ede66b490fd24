package com.nyfacialparalysis.system.site;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the "English" and "Español" link leads from a page that does not name its twin
 * itself: the same page in the other language when the registry knows one a reader can
 * open, otherwise the other language's home page, and never anything taken from the
 * address asked for.
 */
class LanguageLinkTest {

	@ParameterizedTest(name = "{0} ({1}) leads to {2}")
	@CsvSource({ "/es/consulta/confirmacion, SPANISH, /consultation/confirmation",
			"/consultation/confirmation, ENGLISH, /es/consulta/confirmacion", "/es/consulta, SPANISH, /consultation",
			"/consultation, ENGLISH, /es/consulta", "/es/consulta/devuelto, SPANISH, /consultation",
			"/consultation/sent-back, ENGLISH, /es/consulta", "/es/afecciones, SPANISH, /conditions",
			"/es/buscar, SPANISH, /search", "/es/, SPANISH, /", "/, ENGLISH, /es/", "/es/no-existe, SPANISH, /",
			"/no-such-page, ENGLISH, /es/", "/es/afecciones/no-existe, SPANISH, /", "/es/opinion, SPANISH, /",
			"/feedback, ENGLISH, /es/", "/staff, ENGLISH, /es/", "/sitemap.xml, ENGLISH, /es/",
			"/es/consulta%2F, SPANISH, /", "/es/consulta/, SPANISH, /",
			"/es/proteger-su-ojo, SPANISH, /protecting-your-eye",
			"/protecting-your-eye, ENGLISH, /es/proteger-su-ojo" })
	void leadsToTheTwinWhenThereIsOneAndHomeOtherwise(String path, Language language, String link) {
		assertThat(SitePage.languageLink(path, language)).isEqualTo(link);
	}

}
