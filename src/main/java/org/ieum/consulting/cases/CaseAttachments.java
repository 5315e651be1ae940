package org.ieum.consulting.cases;

import java.time.Clock;

import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The files of a case: sent with a request or a session log, read back only by those who may see the case. */
@Service
@Transactional
public class CaseAttachments {

	/** A file as it arrived: the name the browser sent (shown only) and the bytes (checked). */
	public record Upload(String name, byte[] bytes) {
	}

	public record FileDownload(String name, String type, byte[] bytes) {
	}

	private final AttachmentRepository attachments;
	private final ConsultingRequestRepository requests;
	private final ConsultingFiles files;
	private final CaseAccess access;
	private final IdentityApi identity;
	private final Clock clock;

	public CaseAttachments(AttachmentRepository attachments, ConsultingRequestRepository requests, ConsultingFiles files,
			CaseAccess access, IdentityApi identity, Clock clock) {
		this.attachments = attachments;
		this.requests = requests;
		this.files = files;
		this.access = access;
		this.identity = identity;
		this.clock = clock;
	}

	public void attach(ConsultingRequest request, Long sessionId, Upload upload, long by) {
		if (attachments.findByRequestIdOrderByIdAsc(request.getId()).size() >= 10) {
			throw new Refusal("consulting.error.tooManyFiles");
		}
		var stored = files.store(upload.bytes());
		// a refused name rolls the transaction back, and with it the stored file
		String name = ConsultingFiles.downloadName(upload.name(), stored);
		attachments.save(new Attachment(request.getId(), sessionId, name, stored.file(), stored.type(), stored.size(), by,
				clock.instant()));
	}

	/**
	 * A file of a case, for its client, its assigned expert, or staff of the request's center or
	 * of the center whose pool lent the expert. Staff reading it is logged.
	 */
	public FileDownload download(long attachmentId, CurrentUser me) {
		Attachment attachment = attachments.findById(attachmentId)
			.orElseThrow(() -> Refusal.notFound("consulting.error.noFile"));
		ConsultingRequest request = requests.findById(attachment.getRequestId())
			.orElseThrow(() -> Refusal.notFound("consulting.error.noFile"));
		boolean client = me != null && request.belongsTo(me.accountId());
		boolean expert = me != null && access.isExpertOf(request, me);
		if (!client && !expert) {
			if (!access.staffMayRead(request)) {
				throw Refusal.notFound("consulting.error.noFile");
			}
			identity.recordPersonalDataAccess(request.getClientAccountId(), PersonalDataAction.VIEW,
					"컨설팅 첨부파일 열람 (신청 " + request.getId() + ", 파일 " + attachmentId + ")", null);
		}
		byte[] bytes = files.read(attachment.getStoredFile())
			.orElseThrow(() -> Refusal.notFound("consulting.error.noFile"));
		return new FileDownload(attachment.getFileName(), attachment.getContentType(), bytes);
	}
}
