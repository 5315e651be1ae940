package org.ieum.notifications.sending;

/**
 * A center's account with a provider, as the sender uses it: the endpoint for texts and the one
 * for KakaoTalk (at NHN Cloud two services with their own app key and secret; at Solapi the same),
 * the registered sender number and the KakaoTalk sender (NHN Cloud's sender key, Solapi's pfId).
 * Secrets come from the environment variables the settings name, never from the database.
 */
record ProviderAccount(Endpoint text, Endpoint kakao, String senderNumber, String kakaoSender) {

	/** Where a provider answers, with the key and the secret it wants. */
	record Endpoint(String baseUrl, String key, String secret) {

		Endpoint {
			baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		}

		@Override
		public String toString() {
			return "Endpoint[" + baseUrl + "]";
		}
	}
}
