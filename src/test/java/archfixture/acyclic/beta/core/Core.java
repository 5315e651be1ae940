package archfixture.acyclic.beta.core;

import archfixture.acyclic.beta.BetaApi;

/** The core uses the module's root types, which is allowed although the root's facade uses the core. */
public class Core {

	public BetaApi api() {
		return new BetaApi();
	}
}
