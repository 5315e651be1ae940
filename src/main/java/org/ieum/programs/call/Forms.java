package org.ieum.programs.call;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.shared.files.DownloadNames;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's two forms (the application and the awardees' report) as applicants fill them in: answers
 * normalized field by field, required questions checked on submission, files attached to a file
 * question. Applications and reports share these rules.
 */
@Component
@Transactional
public class Forms {

	private final FormFieldRepository fields;
	private final ApplicationFileRepository fileRecords;
	private final ProgramFiles files;
	private final Clock clock;

	Forms(FormFieldRepository fields, ApplicationFileRepository fileRecords, ProgramFiles files, Clock clock) {
		this.fields = fields;
		this.fileRecords = fileRecords;
		this.files = files;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<FormField> of(long callId, FormKind form) {
		return fields.findByCallIdAndFormOrderBySortOrderAscIdAsc(callId, form);
	}

	/** Answers by field id as typed; every one is checked before anything is saved. */
	@Transactional(readOnly = true)
	public Map<Long, String> normalized(long callId, FormKind form, Map<Long, String> raw) {
		return normalize(of(callId, form), raw);
	}

	public static Map<Long, String> normalize(List<FormField> form, Map<Long, String> raw) {
		Map<Long, String> normalized = new HashMap<>();
		for (FormField field : form) {
			if (field.getFieldType() != FieldType.FILE && raw.containsKey(field.getId())) {
				normalized.put(field.getId(), field.normalize(raw.get(field.getId())));
			}
		}
		return normalized;
	}

	/**
	 * Every required question answered (a file question by a file): of the application when
	 * {@code reportId} is null, else of that report.
	 */
	@Transactional(readOnly = true)
	public void requireComplete(long callId, FormKind form, Map<Long, String> answers, long applicationId, Long reportId) {
		List<ApplicationFile> uploaded = reportId == null
				? fileRecords.findByApplicationIdAndReportIdIsNullOrderByIdAsc(applicationId)
				: fileRecords.findByReportIdOrderByIdAsc(reportId);
		requireComplete(of(callId, form), answers, uploaded);
	}

	public static void requireComplete(List<FormField> form, Map<Long, String> answers, List<ApplicationFile> uploaded) {
		Set<Long> withFiles = uploaded.stream().map(ApplicationFile::getFieldId).collect(Collectors.toSet());
		for (FormField field : form) {
			if (!field.isRequired()) {
				continue;
			}
			boolean answered = field.getFieldType() == FieldType.FILE ? withFiles.contains(field.getId())
					: !answers.getOrDefault(field.getId(), "").isBlank();
			if (!answered) {
				throw new Refusal("programs.error.requiredMissing");
			}
		}
	}

	/**
	 * Checks and keeps a file for a file question of the form: of the application when {@code reportId}
	 * is null, else of that report.
	 */
	public ApplicationFile attach(long applicationId, Long reportId, long callId, FormKind form, long fieldId,
			String originalName, byte[] bytes) {
		FormField field = fields.findById(fieldId)
			.filter(f -> f.getCallId() == callId && f.getForm() == form && f.getFieldType() == FieldType.FILE)
			.orElseThrow(() -> Refusal.notFound("programs.error.noField"));
		ProgramFiles.StoredFile stored = files.store(originalName, bytes);
		return fileRecords.save(new ApplicationFile(applicationId, reportId, field.getId(), stored,
				DownloadNames.of(originalName, stored.file()), clock.instant()));
	}
}
