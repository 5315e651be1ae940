package org.ieum.programs;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationStatus;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.files.DownloadNames;
import org.ieum.shared.web.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's side: start or take up a draft, save answers, upload files, submit before
 * the deadline, withdraw before it. The deadline is read from the server's clock only.
 */
@Service
@Transactional
class Applications {

	private final CallRepository calls;
	private final ApplicationRepository applications;
	private final FormFieldRepository fields;
	private final ApplicationFileRepository fileRecords;
	private final ProgramFiles files;
	private final ApplicationAccess access;
	private final EnterprisesApi enterprises;
	private final IdentityApi identity;
	private final ProgramMails mails;
	private final Clock clock;

	Applications(CallRepository calls, ApplicationRepository applications, FormFieldRepository fields,
			ApplicationFileRepository fileRecords, ProgramFiles files, ApplicationAccess access,
			EnterprisesApi enterprises, IdentityApi identity, ProgramMails mails, Clock clock) {
		this.calls = calls;
		this.applications = applications;
		this.fields = fields;
		this.fileRecords = fileRecords;
		this.files = files;
		this.access = access;
		this.enterprises = enterprises;
		this.identity = identity;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * The applicant's draft for this call, new or existing. For organization calls the person
	 * must manage the organization and it must meet the call's type and region; founders apply
	 * for themselves.
	 */
	Application start(long callId, CurrentUser me, Long organizationId) {
		ProgramCall call = calls.findById(callId).orElseThrow(() -> Refusal.notFound("programs.error.noCall"));
		Instant now = clock.instant();
		if (!call.acceptsAt(now)) {
			throw new Refusal("programs.error.closed");
		}
		String name;
		if (call.getApplicantType() == ApplicantType.ORGANIZATION) {
			if (organizationId == null) {
				throw new Refusal("programs.error.chooseOrganization");
			}
			if (!enterprises.isManager(organizationId, me.accountId())) {
				throw new AccessDeniedException("not a manager of organization " + organizationId);
			}
			OrganizationSummary organization = enterprises.findById(organizationId)
				.orElseThrow(() -> new Refusal("programs.error.chooseOrganization"));
			checkEligible(call, organization);
			name = organization.name();
		}
		else {
			organizationId = null;
			name = me.displayName();
		}
		Application existing = applications.findByCallIdAndApplicantKey(callId, Application.keyOf(me.accountId(), organizationId))
			.orElse(null);
		if (existing != null) {
			access.requireApplicant(existing, me);
			existing.reopen(call, now);
			return existing;
		}
		return applications.save(new Application(call, me.accountId(), me.email(), name, organizationId, now));
	}

	/** Refusing an organization the call plainly excludes saves it a wasted application; staff still screen the rest. */
	static void checkEligible(ProgramCall call, OrganizationSummary organization) {
		if (organization.status() == OrganizationStatus.CLOSED) {
			throw new Refusal("programs.error.organizationClosed");
		}
		Set<?> types = call.getEligibleTypes();
		if (!types.isEmpty() && organization.activeDesignations().stream().noneMatch(types::contains)) {
			throw new Refusal("programs.error.typeNotEligible");
		}
		String region = call.getEligibleRegion();
		if (region != null && !region.isBlank() && !region.equals(organization.sido())
				&& !region.equals(organization.sigungu())
				&& !(organization.sido() + " " + organization.sigungu()).equals(region)) {
			throw new Refusal("programs.error.regionNotEligible");
		}
	}

	/** The application if the current user may read it; staff reading it is written to the access log. */
	Application readable(long applicationId, CurrentUser me) {
		Application application = find(applicationId);
		if (access.viewerOf(application, me) == ApplicationAccess.Viewer.STAFF) {
			identity.recordPersonalDataAccess(application.getApplicantAccountId(), PersonalDataAction.VIEW,
					"지원사업 신청서 조회 (신청 " + applicationId + ")", null);
		}
		return application;
	}

	@Transactional(readOnly = true)
	Application own(long applicationId, CurrentUser me) {
		Application application = find(applicationId);
		access.requireApplicant(application, me);
		return application;
	}

	/** Answers by field id as typed; every one is checked before anything is saved. */
	void saveAnswers(long applicationId, CurrentUser me, Map<Long, String> raw) {
		Application application = own(applicationId, me);
		ProgramCall call = callOf(application);
		application.saveAnswers(call, normalized(call.getId(), FormKind.APPLICATION, raw), clock.instant());
	}

	static Map<Long, String> normalize(List<FormField> form, Map<Long, String> raw) {
		Map<Long, String> normalized = new HashMap<>();
		for (FormField field : form) {
			if (field.getFieldType() != FieldType.FILE && raw.containsKey(field.getId())) {
				normalized.put(field.getId(), field.normalize(raw.get(field.getId())));
			}
		}
		return normalized;
	}

	private Map<Long, String> normalized(long callId, FormKind form, Map<Long, String> raw) {
		return normalize(fields.findByCallIdAndFormOrderBySortOrderAscIdAsc(callId, form), raw);
	}

	ApplicationFile upload(long applicationId, CurrentUser me, long fieldId, String originalName, byte[] bytes) {
		Application application = own(applicationId, me);
		ProgramCall call = callOf(application);
		application.requireEditable(call, clock.instant());
		FormField field = fileField(call.getId(), FormKind.APPLICATION, fieldId);
		ProgramFiles.StoredFile stored = files.store(originalName, bytes);
		return fileRecords.save(new ApplicationFile(applicationId, null, field.getId(), stored, DownloadNames.of(originalName, stored.file()),
				clock.instant()));
	}

	void removeFile(long applicationId, CurrentUser me, long fileId) {
		Application application = own(applicationId, me);
		application.requireEditable(callOf(application), clock.instant());
		ApplicationFile file = fileRecords.findById(fileId)
			.filter(f -> f.getApplicationId() == applicationId && f.getReportId() == null)
			.orElseThrow(() -> Refusal.notFound("programs.error.noFile"));
		fileRecords.delete(file);
		files.deleteAfterCommit(file.getStoredName());
	}

	void submit(long applicationId, CurrentUser me) {
		Application application = own(applicationId, me);
		ProgramCall call = callOf(application);
		application.requireEditable(call, clock.instant());
		requireComplete(fields.findByCallIdAndFormOrderBySortOrderAscIdAsc(call.getId(), FormKind.APPLICATION),
				application.getAnswers(), fileRecords.findByApplicationIdAndReportIdIsNullOrderByIdAsc(applicationId));
		application.submit(call, clock.instant());
		applications.flush();
		mails.submitted(application, call);
	}

	static void requireComplete(List<FormField> form, Map<Long, String> answers, List<ApplicationFile> uploaded) {
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

	void withdraw(long applicationId, CurrentUser me) {
		Application application = own(applicationId, me);
		ProgramCall call = callOf(application);
		application.withdraw(call, clock.instant());
		mails.withdrawn(application, call);
	}

	/** A file's bytes for whoever may read its application; anyone else gets 403. */
	ApplicationFile readableFile(long fileId, CurrentUser me) {
		ApplicationFile file = fileRecords.findById(fileId)
			.orElseThrow(() -> Refusal.notFound("programs.error.noFile"));
		readable(file.getApplicationId(), me);
		return file;
	}

	FormField fileField(long callId, FormKind form, long fieldId) {
		return fields.findById(fieldId)
			.filter(f -> f.getCallId() == callId && f.getForm() == form && f.getFieldType() == FieldType.FILE)
			.orElseThrow(() -> Refusal.notFound("programs.error.noField"));
	}

	Application find(long applicationId) {
		return applications.findById(applicationId)
			.orElseThrow(() -> Refusal.notFound("programs.error.noApplication"));
	}

	ProgramCall callOf(Application application) {
		return calls.findById(application.getCallId()).orElseThrow(() -> Refusal.notFound("programs.error.noCall"));
	}
}
