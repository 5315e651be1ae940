package org.ieum;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import jakarta.persistence.Entity;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.ieum.shared.MenuEntry;
import org.ieum.shared.cluster.EveryNode;
import org.springframework.context.annotation.Bean;
import org.springframework.data.repository.Repository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house rules that Spring Modulith does not check, as ArchUnit rules over any base package whose direct
 * sub-packages are modules (so the rules can be shown to fail on small fixtures as well as hold on Ieum).
 */
final class ArchitectureRules {

	private ArchitectureRules() {
	}

	/**
	 * Inside a module the sub-packages form no cycle. The module's root package is its API: its facade may reach
	 * into every feature and every feature may use its types, so it belongs to no slice and its edges do not count.
	 */
	static ArchRule subPackagesFormNoCycle(String base) {
		return slices().assignedFrom(new SubPackages(base))
			.should()
			.beFreeOfCycles()
			.because("a module is split into a core and features that never depend on each other in a circle");
	}

	/**
	 * A module's entities and Spring Data repositories are its own: another module asks through the owner's API and
	 * gets records, so a table can change without touching its readers.
	 */
	static ArchRule entitiesAndRepositoriesStayInTheirModule(String base) {
		return classes().that()
			.resideInAPackage(base + "..")
			.should(new ArchCondition<JavaClass>("use no other module's entities or repositories") {
				@Override
				public void check(JavaClass type, ConditionEvents events) {
					String module = moduleOf(base, type);
					for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
						JavaClass target = dependency.getTargetClass().getBaseComponentType();
						String owner = moduleOf(base, target);
						if (owner != null && !owner.equals(module) && isEntityOrRepository(target)) {
							events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
						}
					}
				}
			})
			.because("entities and repositories are not public outside their module");
	}

	/** Controllers translate HTTP only: what a page reads comes from a service, never straight from a repository. */
	static ArchRule controllersUseNoRepository(String base) {
		return noClasses().that()
			.resideInAPackage(base + "..")
			.and()
			.areMetaAnnotatedWith(Controller.class)
			.should()
			.dependOnClassesThat(REPOSITORY)
			.because("a read-only query service assembles a page (and writes its access-log entry in the same transaction)");
	}

	/**
	 * Controllers translate HTTP only: the entry of the personal-data access log is written by the query service that
	 * reads the data, in the same transaction, so a page can never show the data without its entry. A controller
	 * neither holds identity's access log nor calls an {@code IdentityApi} method that writes it (one taking a
	 * {@code PersonalDataAction}).
	 */
	static ArchRule controllersWriteNoAccessLog(String base) {
		return classes().that()
			.resideInAPackage(base + "..")
			.and()
			.areMetaAnnotatedWith(Controller.class)
			.should(new ArchCondition<JavaClass>("not use the personal-data access log") {
				@Override
				public void check(JavaClass type, ConditionEvents events) {
					for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
						if (dependency.getTargetClass().getBaseComponentType().getName().equals(ACCESS_LOG)) {
							events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
						}
					}
					for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
						if (call.getTargetOwner().getName().equals(IDENTITY_API) && call.getTarget()
							.getRawParameterTypes()
							.stream()
							.anyMatch(parameter -> parameter.getName().equals(ACCESS_ACTION))) {
							events.add(SimpleConditionEvent.violated(call, call.getDescription()));
						}
					}
				}
			})
			.because("a query service assembles the page and writes its access-log entry in the same transaction");
	}

	/** A module's menu entries are listed in one place, its {@code <Module>Menu} class, never inside a controller. */
	static ArchRule menuEntriesLiveInMenuClasses(String base) {
		return methods().that()
			.areDeclaredInClassesThat()
			.resideInAPackage(base + "..")
			.and()
			.areAnnotatedWith(Bean.class)
			.and()
			.haveRawReturnType(MenuEntry.class)
			.should()
			.beDeclaredInClassesThat()
			.haveSimpleNameEndingWith("Menu")
			.because("a newcomer finds every menu entry of a module in its one menu class");
	}

	/** Demo data loaders sit in a {@code demo} sub-package, apart from the code that serves real centers. */
	static ArchRule demoDataLivesInDemoPackages(String base) {
		return classes().that()
			.resideInAPackage(base + "..")
			.and()
			.haveSimpleNameStartingWith("Demo")
			.and()
			.areTopLevelClasses()
			.should()
			.resideInAPackage("..demo")
			.because("demo data is not part of a feature and must be easy to tell apart from it");
	}

	/**
	 * Every scheduled job says how it runs on several nodes: once for the cluster under a {@code @SchedulerLock},
	 * or on each node ({@code @EveryNode} with the reason).
	 */
	static ArchRule scheduledJobsSayHowTheyRunInACluster(String base) {
		return methods().that()
			.areDeclaredInClassesThat()
			.resideInAPackage(base + "..")
			.and()
			.areAnnotatedWith(Scheduled.class)
			.should(new ArchCondition<JavaMethod>("be annotated with @SchedulerLock or @EveryNode") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					boolean said = method.isAnnotatedWith(SchedulerLock.class) || method.isAnnotatedWith(EveryNode.class);
					events.add(new SimpleConditionEvent(method, said,
							method.getFullName() + " is scheduled without @SchedulerLock or @EveryNode"));
				}
			})
			.because("on several nodes a job without a lock runs on each of them: reminders and mails go out twice");
	}

	private static final String ACCESS_LOG = "org.ieum.identity.access.PersonalDataAccessLog";

	private static final String IDENTITY_API = "org.ieum.identity.IdentityApi";

	private static final String ACCESS_ACTION = "org.ieum.identity.PersonalDataAction";

	private static final DescribedPredicate<JavaClass> REPOSITORY = DescribedPredicate
		.describe("are Spring Data repositories", type -> type.isAssignableTo(Repository.class));

	private static boolean isEntityOrRepository(JavaClass type) {
		return type.isAnnotatedWith(Entity.class) || type.isAssignableTo(Repository.class);
	}

	/** The module of a class under {@code base}, or null when the class lies elsewhere. */
	static String moduleOf(String base, JavaClass type) {
		String[] parts = subPath(base, type.getBaseComponentType().getPackageName());
		return parts == null ? null : parts[0];
	}

	private static String[] subPath(String base, String packageName) {
		if (!packageName.startsWith(base + ".")) {
			return null;
		}
		return packageName.substring(base.length() + 1).split("\\.");
	}

	private record SubPackages(String base) implements SliceAssignment {

		@Override
		public SliceIdentifier getIdentifierOf(JavaClass type) {
			String[] parts = subPath(base, type.getPackageName());
			return parts == null || parts.length < 2 ? SliceIdentifier.ignore()
					: SliceIdentifier.of(parts[0] + "." + parts[1]);
		}

		@Override
		public String getDescription() {
			return "the sub-packages of each module under " + base;
		}
	}
}
