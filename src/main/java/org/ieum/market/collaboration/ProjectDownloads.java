package org.ieum.market.collaboration;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

import org.ieum.shared.web.Refusal;

/** The HTTP side of shared documents, the same for staff and My page: reading an upload and answering a download. */
final class ProjectDownloads {

	private ProjectDownloads() {
	}

	static ProjectRecords.Upload upload(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new ProjectRecords.Upload(file.getBytes(), file.getOriginalFilename());
		}
		catch (IOException ex) {
			throw Refusal.because(ex, "market.collab.error.fileType");
		}
	}

	static ResponseEntity<byte[]> answer(ProjectRecords.Download file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.type()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.bytes());
	}
}
