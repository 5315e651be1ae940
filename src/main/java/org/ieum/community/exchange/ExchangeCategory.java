package org.ieum.community.exchange;

/** What a post on the exchange board offers or asks for. */
public enum ExchangeCategory {
	COLLABORATION, SHARING, HIRING, GROUP_BUYING, OTHER;

	public String labelKey() {
		return "community.exchange.category." + name();
	}
}
