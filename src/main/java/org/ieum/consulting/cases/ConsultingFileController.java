package org.ieum.consulting.cases;

import java.nio.charset.StandardCharsets;

import org.ieum.identity.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Case files, served only after {@link CaseAttachments#download} checked who asks; others get 404. */
@RestController
public class ConsultingFileController {

	private final CaseAttachments attachments;

	public ConsultingFileController(CaseAttachments attachments) {
		this.attachments = attachments;
	}

	@GetMapping("/consulting/files/{id}")
	public ResponseEntity<byte[]> file(@PathVariable long id, CurrentUser me) {
		CaseAttachments.FileDownload file = attachments.download(id, me);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.type()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

}
