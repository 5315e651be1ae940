package org.ieum.shared.export;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The two file types staff and the public download tables in. */
public enum ExportFormat {

	/** UTF-8 with a byte order mark, so Excel shows the Korean; CRLF line ends. */
	CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8)),

	/** An Excel workbook written as a stream, so a long list does not fill the memory. */
	XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

	private final String extension;
	private final MediaType mediaType;

	ExportFormat(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return extension;
	}

	public MediaType mediaType() {
		return mediaType;
	}

	/** {@code baseName.csv} or {@code baseName.xlsx}. */
	public String fileName(String baseName) {
		return baseName + "." + extension;
	}

	/** The {@code Content-Disposition} header value that saves the download as {@code baseName.ext}. */
	public String attachment(String baseName) {
		return ContentDisposition.attachment().filename(fileName(baseName), StandardCharsets.UTF_8).build().toString();
	}

	/** The answer that saves {@code file} as {@code baseName.ext} with this format's type. */
	public ResponseEntity<byte[]> download(String baseName, byte[] file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(baseName))
			.contentType(mediaType)
			.body(file);
	}
}
