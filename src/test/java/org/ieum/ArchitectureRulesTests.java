package org.ieum;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The architecture rules catch what they are meant to catch, shown on small fixture packages under {@code archfixture}. */
class ArchitectureRulesTests {

	@Test
	void aCycleBetweenTwoSubPackagesOfAModuleIsCaught() {
		assertThatThrownBy(() -> ArchitectureRules.subPackagesFormNoCycle("archfixture.cyclic")
			.check(new ClassFileImporter().importPackages("archfixture.cyclic")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("alpha.one")
			.hasMessageContaining("alpha.two");
	}

	@Test
	void theRootPackageMayBeUsedByFeaturesAndUseThemWithoutCountingAsACycle() {
		assertThatCode(() -> ArchitectureRules.subPackagesFormNoCycle("archfixture.acyclic")
			.check(new ClassFileImporter().importPackages("archfixture.acyclic")))
			.doesNotThrowAnyException();
	}

	@Test
	void aClassUsingAnotherModulesEntityIsCaught() {
		assertThatThrownBy(() -> ArchitectureRules.entitiesAndRepositoriesStayInTheirModule("archfixture.leaky")
			.check(new ClassFileImporter().importPackages("archfixture.leaky")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("archfixture.leaky.reader.Peeker")
			.hasMessageNotContaining("ThingController");
	}

	@Test
	void aControllerUsingARepositoryIsCaught() {
		assertThatThrownBy(() -> ArchitectureRules.controllersUseNoRepository("archfixture.leaky")
			.check(new ClassFileImporter().importPackages("archfixture.leaky")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("archfixture.leaky.owner.ThingController")
			.hasMessageNotContaining("Peeker");
	}

	@Test
	void aControllerWritingThePersonalDataAccessLogIsCaughtAServiceDoingItIsNot() {
		assertThatThrownBy(() -> ArchitectureRules.controllersWriteNoAccessLog("archfixture.logging")
			.check(new ClassFileImporter().importPackages("archfixture.logging")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("archfixture.logging.people.PersonController")
			.hasMessageContaining("recordPersonalDataAccess")
			.hasMessageNotContaining("PersonPages")
			.hasMessageNotContaining("displayNameOf");
	}

	@Test
	void aMenuEntryDeclaredInAControllerIsCaughtOneInTheMenuClassIsNot() {
		assertThatThrownBy(() -> ArchitectureRules.menuEntriesLiveInMenuClasses("archfixture.menus")
			.check(new ClassFileImporter().importPackages("archfixture.menus")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("PeopleController.peopleMenuEntry")
			.hasMessageNotContaining("peopleListMenuEntry");
	}

	@Test
	void demoDataOutsideADemoSubPackageIsCaught() {
		assertThatThrownBy(() -> ArchitectureRules.demoDataLivesInDemoPackages("archfixture.menus")
			.check(new ClassFileImporter().importPackages("archfixture.menus")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("archfixture.menus.people.DemoPeople")
			.hasMessageNotContaining("DemoVisitors");
	}

	@Test
	void aScheduledJobWithoutALockOrAReasonToRunOnEachNodeIsCaught() {
		assertThatThrownBy(() -> ArchitectureRules.scheduledJobsSayHowTheyRunInACluster("archfixture.jobs")
			.check(new ClassFileImporter().importPackages("archfixture.jobs")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Reminders.sendTwice()")
			.hasMessageNotContaining("Reminders.sendOnce()")
			.hasMessageNotContaining("Reminders.flushMemory()");
	}
}
