package org.ieum.enterprises.imports;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.web.multipart.MultipartFile;

/** The upload page: which of my centers the list is for, the file, and the encoding when detection guesses wrong. */
public class ListUploadForm {

	@NotNull(message = "{enterprises.error.required}")
	private Long center;

	@Pattern(regexp = "auto|utf-8|cp949", message = "{imports.refused.encoding}")
	private String encoding = "auto";

	private MultipartFile file;

	public Long getCenter() {
		return center;
	}

	public void setCenter(Long center) {
		this.center = center;
	}

	public String getEncoding() {
		return encoding;
	}

	public void setEncoding(String encoding) {
		this.encoding = encoding;
	}

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}
}
