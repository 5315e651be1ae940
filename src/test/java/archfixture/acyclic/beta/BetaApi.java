package archfixture.acyclic.beta;

import archfixture.acyclic.beta.core.Core;
import archfixture.acyclic.beta.feature.Feature;

/** A module's root package: its facade reaches into the features, and the features use its types. */
public class BetaApi {

	public Feature feature() {
		return new Feature(new Core());
	}
}
