package org.ieum.identity.registration;

import java.time.LocalDate;
import java.util.Set;

import org.ieum.identity.accounts.ConsentPurpose;

/** What a person submits to sign up, already checked for form errors. */
record Registration(String email, String password, String displayName, LocalDate birthDate, Long homeCenterId,
		String guardianName, String guardianContact, Set<ConsentPurpose> consents) {
}
