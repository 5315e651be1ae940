package org.ieum;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;

/**
 * The modules already brought to the house style in full stay there: pages that name people are
 * read and logged by a query service in one transaction, never by a controller; the staff center
 * comes from the shared argument; the menu entries sit in the module's one menu class; demo data in
 * its own package; and no controller or service gathers more collaborators than a reader can hold
 * in mind. A module joins the list once it keeps all of this.
 */
class ThinModulesTests {

	private static JavaClasses of(String module) {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.ieum." + module);
	}

	@ParameterizedTest
	@CsvSource({ "consulting", "incubation", "library" })
	void noControllerWritesTheAccessLogOrChoosesTheStaffCenterItself(String module) {
		noClasses().that().areMetaAnnotatedWith(Controller.class)
			.should().dependOnClassesThat().belongToAnyOf(PersonalDataAction.class, StaffCenters.class)
			.check(of(module));
	}

	@ParameterizedTest
	@CsvSource({ "consulting, ConsultingMenu, 4", "incubation, IncubationMenu, 3", "library, LibraryMenu, 3" })
	void theMenuEntriesAreAllInTheMenuClass(String module, String menuClass, int entries) {
		JavaClasses classes = of(module);
		String menu = "org.ieum." + module + "." + menuClass;
		methods().that().haveRawReturnType(MenuEntry.class).should().beDeclaredIn(menu).check(classes);
		assertThat(classes.get(menu).getMethods())
			.filteredOn(m -> m.getRawReturnType().isEquivalentTo(MenuEntry.class)).hasSize(entries);
	}

	@ParameterizedTest
	@CsvSource({ "consulting", "incubation", "library" })
	void demoDataLivesInTheDemoPackage(String module) {
		classes().that().implement(ApplicationRunner.class).and().haveSimpleNameStartingWith("Demo")
			.should().resideInAPackage("org.ieum." + module + ".demo")
			.check(of(module));
	}

	@ParameterizedTest
	@CsvSource({ "consulting", "incubation", "library" })
	void controllersAndServicesTakeAtMostSevenCollaborators(String module) {
		for (JavaClass type : of(module)) {
			if (type.isMetaAnnotatedWith(Controller.class) || type.isMetaAnnotatedWith(Service.class)) {
				for (JavaConstructor constructor : type.getConstructors()) {
					assertThat(constructor.getRawParameterTypes()).as(type.getName()).hasSizeLessThanOrEqualTo(7);
				}
			}
		}
	}
}
