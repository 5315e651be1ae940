package org.ieum.notifications.sending;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A center's provider settings as staff type them. */
class ProviderForm {

	/** An environment variable's name as shells and service managers accept it. */
	static final String VARIABLE = "[A-Za-z_][A-Za-z0-9_]{0,99}";

	@NotNull(message = "{notifications.sending.error.provider}")
	private Provider provider;

	@NotBlank(message = "{notifications.sending.error.senderNumber}")
	@Pattern(regexp = "\\s*[0-9][0-9 -]{6,14}[0-9]\\s*", message = "{notifications.sending.error.senderNumber}")
	private String senderNumber;

	@Size(max = 100, message = "{notifications.sending.error.tooLong}")
	private String kakaoSender;

	@NotBlank(message = "{notifications.sending.error.textKey}")
	@Size(max = 100, message = "{notifications.sending.error.tooLong}")
	private String textKey;

	@NotBlank(message = "{notifications.sending.error.secretVar}")
	@Pattern(regexp = "\\s*" + VARIABLE + "\\s*", message = "{notifications.sending.error.secretVar}")
	private String textSecretVar;

	@Size(max = 100, message = "{notifications.sending.error.tooLong}")
	private String kakaoKey;

	@Pattern(regexp = "\\s*(" + VARIABLE + ")?\\s*", message = "{notifications.sending.error.secretVar}")
	private String kakaoSecretVar;

	@NotNull(message = "{notifications.sending.error.rate}")
	@Min(value = 1, message = "{notifications.sending.error.rate}")
	@Max(value = 6000, message = "{notifications.sending.error.rate}")
	private Integer ratePerMinute = 60;

	static String digits(String number) {
		return number == null ? "" : number.replaceAll("[^0-9]", "");
	}

	/** A registered sender number is 8 to 11 digits (1588-xxxx, 02-xxx-xxxx, 010-xxxx-xxxx). */
	@AssertTrue(message = "{notifications.sending.error.senderNumber}")
	public boolean isSenderNumberValid() {
		int length = digits(senderNumber).length();
		return senderNumber == null || senderNumber.isBlank() || (length >= 8 && length <= 11);
	}

	/** NHN Cloud's 알림톡 is a separate service with its own app key and secret. */
	@AssertTrue(message = "{notifications.sending.error.kakaoKeys}")
	public boolean isKakaoComplete() {
		return provider != Provider.NHN_CLOUD || blank(kakaoSender) || (!blank(kakaoKey) && !blank(kakaoSecretVar));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public Provider getProvider() {
		return provider;
	}

	public void setProvider(Provider provider) {
		this.provider = provider;
	}

	public String getSenderNumber() {
		return senderNumber;
	}

	public void setSenderNumber(String senderNumber) {
		this.senderNumber = senderNumber;
	}

	public String getKakaoSender() {
		return kakaoSender;
	}

	public void setKakaoSender(String kakaoSender) {
		this.kakaoSender = kakaoSender;
	}

	public String getTextKey() {
		return textKey;
	}

	public void setTextKey(String textKey) {
		this.textKey = textKey;
	}

	public String getTextSecretVar() {
		return textSecretVar;
	}

	public void setTextSecretVar(String textSecretVar) {
		this.textSecretVar = textSecretVar;
	}

	public String getKakaoKey() {
		return kakaoKey;
	}

	public void setKakaoKey(String kakaoKey) {
		this.kakaoKey = kakaoKey;
	}

	public String getKakaoSecretVar() {
		return kakaoSecretVar;
	}

	public void setKakaoSecretVar(String kakaoSecretVar) {
		this.kakaoSecretVar = kakaoSecretVar;
	}

	public Integer getRatePerMinute() {
		return ratePerMinute;
	}

	public void setRatePerMinute(Integer ratePerMinute) {
		this.ratePerMinute = ratePerMinute;
	}
}
