package org.ieum.consulting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.ieum.identity.PersonalDataAction;
import org.ieum.identity.StaffCenters;
import org.ieum.shared.MenuEntry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;

/**
 * The consulting module's web side stays thin: pages that name people are read and logged by a
 * query service in one transaction, never by a controller; the staff center comes from the shared
 * argument; the menu entries sit in one menu class; demo data in its own package; and no
 * controller or service gathers more collaborators than a reader can hold in mind.
 */
class ConsultingStructureTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.ieum.consulting");

	@Test
	void noControllerWritesTheAccessLogOrChoosesTheStaffCenterItself() {
		noClasses().that().areMetaAnnotatedWith(Controller.class)
			.should().dependOnClassesThat().belongToAnyOf(PersonalDataAction.class, StaffCenters.class)
			.check(classes);
	}

	@Test
	void theMenuEntriesAreAllInTheMenuClass() {
		methods().that().haveRawReturnType(MenuEntry.class)
			.should().beDeclaredIn("org.ieum.consulting.ConsultingMenu")
			.check(classes);
		assertThat(classes.get("org.ieum.consulting.ConsultingMenu").getMethods())
			.filteredOn(m -> m.getRawReturnType().isEquivalentTo(MenuEntry.class)).hasSize(4);
	}

	@Test
	void demoDataLivesInTheDemoPackage() {
		classes().that().implement(ApplicationRunner.class).and().haveSimpleNameStartingWith("Demo")
			.should().resideInAPackage("org.ieum.consulting.demo")
			.check(classes);
	}

	@Test
	void controllersAndServicesTakeAtMostSevenCollaborators() {
		for (JavaClass type : classes) {
			if (type.isMetaAnnotatedWith(Controller.class) || type.isMetaAnnotatedWith(Service.class)) {
				for (JavaConstructor constructor : type.getConstructors()) {
					assertThat(constructor.getRawParameterTypes()).as(type.getName()).hasSizeLessThanOrEqualTo(7);
				}
			}
		}
	}
}
