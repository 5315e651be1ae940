package org.ieum.identity.accounts;

/**
 * The purposes a person consents to separately. The version names the consent text in
 * messages.properties ({@code consent.<purpose>.text}); change the version whenever the
 * text changes, so each record says which text the person saw.
 */
public enum ConsentPurpose {
	TERMS(true, "2026-11"),
	PRIVACY(true, "2026-12"),
	MARKETING(false, "2026-11");

	private final boolean required;
	private final String currentVersion;

	ConsentPurpose(boolean required, String currentVersion) {
		this.required = required;
		this.currentVersion = currentVersion;
	}

	public boolean required() {
		return required;
	}

	public String currentVersion() {
		return currentVersion;
	}
}
