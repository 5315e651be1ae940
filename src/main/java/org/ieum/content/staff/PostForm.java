package org.ieum.content.staff;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** The staff post form as the browser sends it; {@link Posts} checks it. */
public class PostForm {

	private String title;
	private String body;
	private String category;
	private boolean pinned;
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime publishFrom;
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime publishUntil;
	private boolean showAuthor;
	private String videoUrl;
	private List<Long> shareWith = new ArrayList<>();
	private List<Long> remove = new ArrayList<>();

	PostDraft toDraft() {
		return new PostDraft(title, body, category, pinned, publishFrom, publishUntil, showAuthor, videoUrl,
				shareWith == null ? List.of() : shareWith);
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

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public boolean isPinned() {
		return pinned;
	}

	public void setPinned(boolean pinned) {
		this.pinned = pinned;
	}

	public LocalDateTime getPublishFrom() {
		return publishFrom;
	}

	public void setPublishFrom(LocalDateTime publishFrom) {
		this.publishFrom = publishFrom;
	}

	public LocalDateTime getPublishUntil() {
		return publishUntil;
	}

	public void setPublishUntil(LocalDateTime publishUntil) {
		this.publishUntil = publishUntil;
	}

	public boolean isShowAuthor() {
		return showAuthor;
	}

	public void setShowAuthor(boolean showAuthor) {
		this.showAuthor = showAuthor;
	}

	public String getVideoUrl() {
		return videoUrl;
	}

	public void setVideoUrl(String videoUrl) {
		this.videoUrl = videoUrl;
	}

	public List<Long> getShareWith() {
		return shareWith;
	}

	public void setShareWith(List<Long> shareWith) {
		this.shareWith = shareWith;
	}

	public List<Long> getRemove() {
		return remove;
	}

	public void setRemove(List<Long> remove) {
		this.remove = remove;
	}
}
