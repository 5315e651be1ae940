package archfixture.cyclic.alpha.two;

import archfixture.cyclic.alpha.one.First;

/** The other half of the cycle: {@code two} uses {@code one}, which uses {@code two}. */
public class Second {

	public First back() {
		return new First();
	}
}
