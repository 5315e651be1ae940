package org.ieum.programs;

/** Who may apply: a manager of an organization for it, or a person for themselves (founder calls). */
enum ApplicantType {
	ORGANIZATION, FOUNDER
}
