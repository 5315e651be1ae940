package org.ieum;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

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
