package org.ieum.notifications.sending;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ieum.shared.NotificationKind;

/** One kind's 알림톡 template as staff type it. */
class TemplateForm {

	@NotNull(message = "{notifications.sending.error.kind}")
	private NotificationKind kind;

	@NotBlank(message = "{notifications.sending.error.templateCode}")
	@Pattern(regexp = "\\s*[A-Za-z0-9_.-]{1,100}\\s*", message = "{notifications.sending.error.templateCode}")
	private String templateCode;

	@Size(max = 1000, message = "{notifications.sending.error.tooLong}")
	private String variables;

	private boolean smsFallback;

	public NotificationKind getKind() {
		return kind;
	}

	public void setKind(NotificationKind kind) {
		this.kind = kind;
	}

	public String getTemplateCode() {
		return templateCode;
	}

	public void setTemplateCode(String templateCode) {
		this.templateCode = templateCode;
	}

	public String getVariables() {
		return variables;
	}

	public void setVariables(String variables) {
		this.variables = variables;
	}

	public boolean isSmsFallback() {
		return smsFallback;
	}

	public void setSmsFallback(boolean smsFallback) {
		this.smsFallback = smsFallback;
	}
}
