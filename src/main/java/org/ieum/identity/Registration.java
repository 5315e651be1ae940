package org.ieum.identity;

import java.time.LocalDate;
import java.util.Set;

/** What a person submits to sign up, already checked for form errors. */
record Registration(String email, String password, String displayName, LocalDate birthDate, Long homeCenterId,
		String guardianName, String guardianContact, Set<ConsentPurpose> consents) {
}
