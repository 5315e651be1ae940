package org.ieum.content;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The content module's features depend on its core board package and never on each other. */
class ContentStructureTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.ieum.content");

	@Test
	void featuresFormNoCycle() {
		slices().matching("org.ieum.content.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void theCoreKnowsNoFeature() {
		noClasses().that().resideInAPackage("org.ieum.content.board..")
			.should().dependOnClassesThat().resideInAnyPackage("org.ieum.content.staff..", "org.ieum.content.qna..",
					"org.ieum.content.community..", "org.ieum.content.feeds..", "org.ieum.content.demo..",
					"org.ieum.content.home..", "org.ieum.content.pages..", "org.ieum.content.policies..",
					"org.ieum.content.search..", "org.ieum.content.newsletter..")
			.check(classes);
	}

	/** The demo is the one leaf that fills several features with sample data; nothing depends on it. */
	@Test
	void featuresDoNotUseEachOther() {
		slices().matching("org.ieum.content.(*)..").should().notDependOnEachOther()
			.ignoreDependency(DescribedPredicate.alwaysTrue(),
					JavaClass.Predicates.resideInAPackage("org.ieum.content.board.."))
			.ignoreDependency(JavaClass.Predicates.resideInAPackage("org.ieum.content.demo.."),
					DescribedPredicate.alwaysTrue())
			.check(classes);
	}
}
