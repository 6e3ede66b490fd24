package com.nyfacialparalysis;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The packages directly under {@code com.nyfacialparalysis} are the application's
 * modules. None may depend on another in a cycle, and none may reach into another's
 * internals (its sub-packages, unless named as an interface in a package-info.java).
 */
class ModuleStructureTest {

	@Test
	void modulesDependOnEachOtherOneWayAndOnlyThroughTheirInterfaces() {
		ApplicationModules.of(NyfpApplication.class).verify();
	}

}
