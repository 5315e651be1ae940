package org.ieum.programs.call;

/** Who may apply: a manager of an organization for it, or a person for themselves (founder calls). */
public enum ApplicantType {
	ORGANIZATION, FOUNDER
}
