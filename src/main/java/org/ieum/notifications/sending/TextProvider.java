package org.ieum.notifications.sending;

/**
 * A company that hands text messages (SMS/LMS) and KakaoTalk 알림톡 to the phone networks for a
 * center. Each call is one HTTP request carrying the delivery's idempotency key; the answer says
 * whether the provider took the message, refused it, or whether nobody knows (a timeout after
 * the request left).
 */
interface TextProvider {

	ProviderResult sendText(ProviderAccount account, TextMessage message);

	ProviderResult sendAlimtalk(ProviderAccount account, AlimtalkMessage message);

	/** Asks what became of a message the provider took (one request, nothing is sent). */
	DeliveryReport lookUp(ProviderAccount account, SentMessage message);

	/**
	 * A message the provider took: its channel ("SMS" or "ALIMTALK"), the id the provider answered (NHN
	 * Cloud's request id, Solapi's message id), and for a text whether it went as an LMS.
	 */
	record SentMessage(String channel, String messageId, boolean isLong) {

		boolean isAlimtalk() {
			return "ALIMTALK".equals(channel);
		}
	}

	/** A text to one phone number; longer than an SMS (90 bytes in EUC-KR) it goes as an LMS with the subject. */
	record TextMessage(String key, String to, String subject, String text) {

		boolean isLong() {
			return text.getBytes(java.nio.charset.Charset.forName("EUC-KR")).length > 90;
		}
	}

	/**
	 * A KakaoTalk 알림톡 from a template registered with KakaoTalk, its variables by name without
	 * the "#{...}" around them.
	 */
	record AlimtalkMessage(String key, String to, String templateCode, java.util.Map<String, String> variables) {
	}
}
