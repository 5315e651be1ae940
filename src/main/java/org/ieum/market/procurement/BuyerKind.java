package org.ieum.market.procurement;

/** What kind of public body a buyer is; each must buy from social economy organizations by law (우선구매). */
public enum BuyerKind {
	PUBLIC_INSTITUTION, LOCAL_GOVERNMENT, EDUCATION_OFFICE, PUBLIC_ENTERPRISE
}
