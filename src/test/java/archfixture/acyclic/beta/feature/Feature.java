package archfixture.acyclic.beta.feature;

import archfixture.acyclic.beta.BetaApi;
import archfixture.acyclic.beta.core.Core;

/** A feature depends on the core and the root, never the other way round. */
public class Feature {

	private final Core core;

	public Feature(Core core) {
		this.core = core;
	}

	public BetaApi api() {
		return core.api();
	}
}
