package org.ieum;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

	@Test
	void everyScheduledJobRunsOnceForTheClusterOrSaysWhyOnEachNode() {
		ArchitectureRules.scheduledJobsSayHowTheyRunInACluster("org.ieum").check(IEUM);
	}

	@Test
	void noTwoScheduledJobsShareALock() {
		Map<String, List<String>> jobsByLock = IEUM.stream()
			.flatMap(type -> type.getMethods().stream())
			.filter(method -> method.isAnnotatedWith(SchedulerLock.class))
			.collect(Collectors.groupingBy(method -> method.getAnnotationOfType(SchedulerLock.class).name(),
					Collectors.mapping(JavaMethod::getFullName, Collectors.toList())));
		assertThat(jobsByLock).isNotEmpty().allSatisfy((lock, jobs) -> assertThat(jobs).as(lock).hasSize(1));
	}
}
