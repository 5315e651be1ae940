package org.ieum.community.exchange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a manager writes to post an offer or a need. */
public class PostForm {

	/** Which of the organizations they manage speaks; null for their only (or first) one. */
	private Long organizationId;

	@NotNull(message = "{community.exchange.error.category}")
	private ExchangeCategory category;

	@NotBlank(message = "{community.exchange.error.title}")
	@Size(max = 100, message = "{community.exchange.error.title}")
	private String title;

	@NotBlank(message = "{community.exchange.error.body}")
	@Size(max = 4000, message = "{community.exchange.error.body}")
	private String body;

	public Long getOrganizationId() {
		return organizationId;
	}

	public void setOrganizationId(Long organizationId) {
		this.organizationId = organizationId;
	}

	public ExchangeCategory getCategory() {
		return category;
	}

	public void setCategory(ExchangeCategory category) {
		this.category = category;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}
}
