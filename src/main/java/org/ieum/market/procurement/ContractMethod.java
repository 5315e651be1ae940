package org.ieum.market.procurement;

/** How a purchase was contracted: 수의계약, 입찰, 바로구매 (e.g. through 가치장터) or 기타. */
public enum ContractMethod {
	SOLE_SOURCE, TENDER, DIRECT, OTHER
}
