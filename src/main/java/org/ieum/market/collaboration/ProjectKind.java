package org.ieum.market.collaboration;

/** What the organizations build together. */
public enum ProjectKind {

	/** 공동 제품: one product made together (a joint Christmas cake). */
	PRODUCT,

	/** 공동 브랜드: products sold under one brand. */
	BRAND,

	/** 공동 판로: a shared shop, market stall or online channel. */
	CHANNEL

}
