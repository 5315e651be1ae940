package org.ieum.programs.application;

import java.time.Clock;
import java.util.Optional;

import org.ieum.identity.CurrentUser;
import org.ieum.programs.call.Application;
import org.ieum.programs.call.ApplicationAccess;
import org.ieum.programs.call.ApplicationFile;
import org.ieum.programs.call.ApplicationFileRepository;
import org.ieum.programs.call.FormKind;
import org.ieum.programs.call.Forms;
import org.ieum.programs.call.ProgramCall;
import org.ieum.programs.call.ProgramFiles;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The files of an application (added and removed by the applicant while it is a draft) and their download. */
@Service
@Transactional
public class ApplicationFiles {

	/** A file as it is downloaded: its bytes, the type they were proven to be, and the name it was uploaded with. */
	public record Download(byte[] bytes, String contentType, String name) {
	}

	private final ApplicationFileRepository fileRecords;
	private final ApplicationAccess access;
	private final Forms forms;
	private final ProgramFiles files;
	private final Clock clock;

	ApplicationFiles(ApplicationFileRepository fileRecords, ApplicationAccess access, Forms forms, ProgramFiles files,
			Clock clock) {
		this.fileRecords = fileRecords;
		this.access = access;
		this.forms = forms;
		this.files = files;
		this.clock = clock;
	}

	public ApplicationFile upload(long applicationId, CurrentUser me, long fieldId, String originalName, byte[] bytes) {
		Application application = access.own(applicationId, me);
		ProgramCall call = access.callOf(application);
		application.requireEditable(call, clock.instant());
		return forms.attach(applicationId, null, call.getId(), FormKind.APPLICATION, fieldId, originalName, bytes);
	}

	public void removeFile(long applicationId, CurrentUser me, long fileId) {
		Application application = access.own(applicationId, me);
		application.requireEditable(access.callOf(application), clock.instant());
		ApplicationFile file = fileRecords.findById(fileId)
			.filter(f -> f.getApplicationId() == applicationId && f.getReportId() == null)
			.orElseThrow(() -> Refusal.notFound("programs.error.noFile"));
		fileRecords.delete(file);
		files.deleteAfterCommit(file.getStoredName());
	}

	/**
	 * A file of an application or of one of its reports, for whoever may read the application
	 * (staff reading it is logged); anyone else gets 403, a file missing from the store nothing.
	 */
	public Optional<Download> readableFile(long fileId, CurrentUser me) {
		ApplicationFile file = fileRecords.findById(fileId)
			.orElseThrow(() -> Refusal.notFound("programs.error.noFile"));
		access.readable(file.getApplicationId(), me);
		return files.read(file.getStoredName())
			.map(bytes -> new Download(bytes, file.getContentType(), file.getOriginalName()));
	}
}
