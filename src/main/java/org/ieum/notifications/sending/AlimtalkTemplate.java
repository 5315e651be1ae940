package org.ieum.notifications.sending;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.ieum.shared.NotificationKind;

/**
 * The 알림톡 template a center registered with KakaoTalk for one kind of notification, how its
 * variables are filled from the notification, and whether a refused 알림톡 goes again as a text.
 */
@Entity
@Table(name = "notification_provider_template")
@IdClass(AlimtalkTemplate.Key.class)
class AlimtalkTemplate {

	@Id
	private Long centerId;

	@Id
	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	private String templateCode;

	private String variables;

	private boolean smsFallback;

	protected AlimtalkTemplate() {
	}

	AlimtalkTemplate(long centerId, NotificationKind kind) {
		this.centerId = centerId;
		this.kind = kind;
	}

	void change(String templateCode, TemplateVariables variables, boolean smsFallback) {
		this.templateCode = templateCode;
		this.variables = variables.text();
		this.smsFallback = smsFallback;
	}

	NotificationKind getKind() {
		return kind;
	}

	String getTemplateCode() {
		return templateCode;
	}

	TemplateVariables variables() {
		return TemplateVariables.parse(variables);
	}

	boolean isSmsFallback() {
		return smsFallback;
	}

	/** A template is per center and kind. */
	static class Key implements Serializable {

		private Long centerId;

		private NotificationKind kind;

		protected Key() {
		}

		Key(Long centerId, NotificationKind kind) {
			this.centerId = centerId;
			this.kind = kind;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(centerId, key.centerId) && kind == key.kind;
		}

		@Override
		public int hashCode() {
			return Objects.hash(centerId, kind);
		}
	}
}
