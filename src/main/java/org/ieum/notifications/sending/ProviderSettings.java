package org.ieum.notifications.sending;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A center's account with its SMS / 알림톡 provider. Keys that only name the account are kept; the
 * secrets are not: the settings hold the names of the environment variables that carry them.
 */
@Entity
@Table(name = "notification_provider_settings")
class ProviderSettings {

	@Id
	private Long centerId;

	@Enumerated(EnumType.STRING)
	private Provider provider;

	private String senderNumber;

	private String kakaoSender;

	private String textKey;

	private String textSecretVar;

	private String kakaoKey;

	private String kakaoSecretVar;

	private int ratePerMinute;

	private Instant updatedAt;

	protected ProviderSettings() {
	}

	ProviderSettings(long centerId) {
		this.centerId = centerId;
	}

	void change(ProviderForm form, Instant now) {
		provider = form.getProvider();
		senderNumber = ProviderForm.digits(form.getSenderNumber());
		kakaoSender = blankToNull(form.getKakaoSender());
		textKey = form.getTextKey().strip();
		textSecretVar = form.getTextSecretVar().strip();
		kakaoKey = blankToNull(form.getKakaoKey());
		kakaoSecretVar = blankToNull(form.getKakaoSecretVar());
		ratePerMinute = form.getRatePerMinute();
		updatedAt = now;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The secret for 알림톡 is the SMS one when no own variable is named (Solapi has one key for both). */
	String kakaoSecretVarOrText() {
		return kakaoSecretVar != null ? kakaoSecretVar : textSecretVar;
	}

	String kakaoKeyOrText() {
		return kakaoKey != null ? kakaoKey : textKey;
	}

	ProviderForm toForm() {
		ProviderForm form = new ProviderForm();
		form.setProvider(provider);
		form.setSenderNumber(senderNumber);
		form.setKakaoSender(kakaoSender);
		form.setTextKey(textKey);
		form.setTextSecretVar(textSecretVar);
		form.setKakaoKey(kakaoKey);
		form.setKakaoSecretVar(kakaoSecretVar);
		form.setRatePerMinute(ratePerMinute);
		return form;
	}

	Long getCenterId() {
		return centerId;
	}

	Provider getProvider() {
		return provider;
	}

	String getSenderNumber() {
		return senderNumber;
	}

	String getKakaoSender() {
		return kakaoSender;
	}

	String getTextKey() {
		return textKey;
	}

	String getTextSecretVar() {
		return textSecretVar;
	}

	int getRatePerMinute() {
		return ratePerMinute;
	}
}
