package archfixture.leaky.reader;

import archfixture.leaky.owner.Thing;

/** A class of the {@code reader} module that uses the {@code owner} module's entity, which the rule must catch. */
public class Peeker {

	public Long peek(Thing thing) {
		return thing.getId();
	}
}
