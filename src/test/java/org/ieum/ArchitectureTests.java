package org.ieum;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Ieum's own code keeps the rules of {@link ArchitectureRules}; {@code ArchitectureRulesTests} shows they can fail. */
class ArchitectureTests {

	private static final JavaClasses IEUM = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.ieum");

	@Test
	void subPackagesInsideAModuleFormNoCycle() {
		ArchitectureRules.subPackagesFormNoCycle("org.ieum").check(IEUM);
	}

	@Test
	void noModuleUsesAnotherModulesEntitiesOrRepositories() {
		ArchitectureRules.entitiesAndRepositoriesStayInTheirModule("org.ieum").check(IEUM);
	}

	@Test
	void controllersDoNotDependOnRepositories() {
		ArchitectureRules.controllersUseNoRepository("org.ieum").check(IEUM);
	}

	@Test
	void controllersDoNotWriteThePersonalDataAccessLog() {
		ArchitectureRules.controllersWriteNoAccessLog("org.ieum").check(IEUM);
	}

	@Test
	void menuEntriesAreListedInEachModulesMenuClass() {
		ArchitectureRules.menuEntriesLiveInMenuClasses("org.ieum").check(IEUM);
	}

	@Test
	void demoDataLivesInDemoSubPackages() {
		ArchitectureRules.demoDataLivesInDemoPackages("org.ieum").check(IEUM);
	}
}
