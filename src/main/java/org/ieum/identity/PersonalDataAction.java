package org.ieum.identity;

/** What staff did with someone's personal data, as written to the access log. */
public enum PersonalDataAction {
	VIEW, LIST, EXPORT, UPDATE, DELETE
}
