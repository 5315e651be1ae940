package org.ieum.content.policies;

import java.util.Locale;
import java.util.Optional;

/** The network's policies; the path name is how they appear in addresses ({@code /policies/privacy}). */
enum PolicyKind {
	PRIVACY, TERMS;

	String path() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<PolicyKind> ofPath(String path) {
		for (PolicyKind kind : values()) {
			if (kind.path().equals(path)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
