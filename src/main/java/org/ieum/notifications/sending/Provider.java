package org.ieum.notifications.sending;

import java.time.Clock;

/**
 * The SMS / KakaoTalk 알림톡 companies a center can use. Only NHN Cloud's 알림톡 takes an idempotency
 * key (ten minutes), so only its unknown outcomes are retried; the others are shown to staff instead.
 */
enum Provider {
	NHN_CLOUD, SOLAPI;

	String labelKey() {
		return "notifications.provider." + name();
	}

	TextProvider adapter(ProviderHttp http, Clock clock) {
		return this == NHN_CLOUD ? new NhnCloudProvider(http) : new SolapiProvider(http, clock);
	}

	/** Whether a request whose answer never came may be sent again under the same key. */
	boolean repeatsSafely(String channel) {
		return this == NHN_CLOUD && "ALIMTALK".equals(channel);
	}
}
