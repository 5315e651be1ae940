package archfixture.logging.people;

import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;

/** A query service that reads a person and writes the access-log entry in one go, as it should. */
public class PersonPages {

	private final IdentityApi identity;

	public PersonPages(IdentityApi identity) {
		this.identity = identity;
	}

	public String person(long accountId) {
		identity.recordPersonalDataAccess(accountId, PersonalDataAction.VIEW, "person " + accountId, null);
		return identity.displayNameOf(accountId).orElse("");
	}
}
