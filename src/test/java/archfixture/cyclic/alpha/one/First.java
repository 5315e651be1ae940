package archfixture.cyclic.alpha.one;

import archfixture.cyclic.alpha.two.Second;

/** One half of a sub-package cycle that the architecture rule must catch. */
public class First {

	public Second next() {
		return new Second();
	}
}
