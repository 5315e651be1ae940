package org.ieum.enterprises;

import java.util.Set;

/**
 * Something the showcase copies of these organizations' products changed: a product added, edited or
 * removed, or the organization's name, address, status, listing or designations. Published after the
 * change is committed, so a listener reads it through {@link EnterprisesApi#activeProductsOf} in a
 * transaction of its own.
 */
public record ProductsChanged(Set<Long> organizationIds) {

	public ProductsChanged {
		organizationIds = Set.copyOf(organizationIds);
	}
}
