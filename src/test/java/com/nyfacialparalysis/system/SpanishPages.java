package com.nyfacialparalysis.system;

import java.util.List;

/**
 * Every Spanish address the site serves, error pages included, for the tests that check
 * each one (valid HTML, accessibility, language).
 */
public final class SpanishPages {

	public static final List<String> ALL = List.of("/es/", "/es/afecciones", "/es/afecciones/espasmo-hemifacial",
			"/es/afecciones/paralisis-de-bell", "/es/afecciones/sindrome-de-ramsay-hunt",
			"/es/afecciones/sincinesia-y-paralisis-facial", "/es/afecciones/esclerosis-multiple",
			"/es/afecciones/sindrome-de-tourette", "/es/afecciones/estres-y-cansancio",
			"/es/afecciones/otros-trastornos-neurologicos", "/es/tratamientos",
			"/es/tratamientos/inyecciones-de-toxina-botulinica", "/es/tratamientos/medicamentos-antivirales",
			"/es/tratamientos/fisioterapia", "/es/tratamientos/inyecciones-de-esteroides",
			"/es/tratamientos/descompresion-microvascular", "/es/contacto", "/es/consulta", "/es/buscar",
			"/es/buscar?q=par%C3%A1lisis", "/es/buscar?q=zzzxqj", "/es/privacidad", "/es/accesibilidad",
			"/es/su-visita", "/es/proteger-su-ojo", "/es/ayuda-con-el-idioma", "/es/aviso-de-no-discriminacion",
			"/es/no-existe", "/es/afecciones/no-existe");

	private SpanishPages() {
	}

}
