package org.ieum.notifications.sending;

/**
 * Where the providers answer: their published addresses unless configured otherwise (a local stub in
 * the benchmark). Not a center's setting: staff cannot point the sender at another host.
 */
record ProviderUrls(String nhnSms, String nhnKakao, String solapi) {

	static final ProviderUrls PUBLISHED = new ProviderUrls(NhnCloudProvider.SMS_URL, NhnCloudProvider.KAKAO_URL,
			SolapiProvider.URL);

	String text(Provider provider) {
		return provider == Provider.NHN_CLOUD ? nhnSms : solapi;
	}

	String kakao(Provider provider) {
		return provider == Provider.NHN_CLOUD ? nhnKakao : solapi;
	}
}
