package archfixture.logging.people;

import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.springframework.stereotype.Controller;

/**
 * A controller that writes the personal-data access log itself, which the rule must catch; asking identity for a
 * display name is fine.
 */
@Controller
public class PersonController {

	private final IdentityApi identity;

	public PersonController(IdentityApi identity) {
		this.identity = identity;
	}

	public String show(long accountId) {
		identity.recordPersonalDataAccess(accountId, PersonalDataAction.VIEW, "person " + accountId, null);
		return identity.displayNameOf(accountId).orElse("");
	}
}
