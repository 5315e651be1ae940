package org.ieum.consulting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.Authorities;
import org.ieum.shared.MailOutbox;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case from request to rating. Who may do what is checked here, not only in the pages:
 * the client acts on their own requests, the expert on the cases assigned to their record,
 * staff on the requests of centers they staff. Someone else's case answers as if it did not
 * exist, so a guessed number tells nothing.
 */
@Service
@Transactional
class Cases {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** A file as it arrived: the name the browser sent (shown only) and the bytes (checked). */
	record Upload(String name, byte[] bytes) {
	}

	/** When and how a session takes place, in Seoul time. */
	record Plan(LocalDateTime startsAt, int minutes, SessionMode mode) {
	}

	private final ConsultingRequestRepository requests;
	private final ConsultingSessionRepository sessions;
	private final ExpertRepository experts;
	private final AttachmentRepository attachments;
	private final ExpertPool pool;
	private final ConsultingFiles files;
	private final EnterprisesApi enterprises;
	private final IdentityApi identity;
	private final MailOutbox outbox;
	private final MessageSource messages;
	private final ConsultingProperties properties;
	private final String baseUrl;
	private final Clock clock;

	Cases(ConsultingRequestRepository requests, ConsultingSessionRepository sessions, ExpertRepository experts,
			AttachmentRepository attachments, ExpertPool pool, ConsultingFiles files, EnterprisesApi enterprises,
			IdentityApi identity, MailOutbox outbox, MessageSource messages, ConsultingProperties properties,
			@Value("${ieum.base-url}") String baseUrl, Clock clock) {
		this.requests = requests;
		this.sessions = sessions;
		this.experts = experts;
		this.attachments = attachments;
		this.pool = pool;
		this.files = files;
		this.enterprises = enterprises;
		this.identity = identity;
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	// ---- client ----

	ConsultingRequest submit(long centerId, CurrentUser me, Long organizationId, ConsultingRequest.Ask ask,
			List<Upload> uploads) {
		String organizationName = null;
		if (organizationId != null) {
			if (!enterprises.isManager(organizationId, me.accountId())) {
				throw new Refusal("consulting.form.organization");
			}
			organizationName = enterprises.findById(organizationId).map(OrganizationSummary::name).orElse(null);
		}
		ConsultingRequest request = requests.save(new ConsultingRequest(centerId, me.accountId(), me.displayName(),
				me.email(), organizationId, organizationName, ask, clock.instant()));
		for (Upload upload : uploads) {
			attach(request, null, upload, me.accountId());
		}
		mail(request.getClientEmail(), "received", request.getTitle(), kindName(request), baseUrl + "/my/consulting/"
				+ request.getId());
		return request;
	}

	@Transactional(readOnly = true)
	List<ConsultingRequest> mine(CurrentUser me) {
		return requests.findByClientAccountIdOrderByCreatedAtDescIdDesc(me.accountId());
	}

	@Transactional(readOnly = true)
	ConsultingRequest requestOf(long requestId, CurrentUser me) {
		return requests.findById(requestId).filter(r -> r.belongsTo(me.accountId()))
			.orElseThrow(() -> Refusal.notFound("consulting.error.noRequest"));
	}

	void withdraw(long requestId, CurrentUser me) {
		requestOf(requestId, me).withdraw();
	}

	void rate(long requestId, CurrentUser me, int stars, String comment) {
		requestOf(requestId, me).rate(stars, comment, clock.instant());
	}

	void attachByClient(long requestId, CurrentUser me, Upload upload) {
		ConsultingRequest request = requestOf(requestId, me);
		if (request.getStatus() == RequestStatus.WITHDRAWN) {
			throw new Refusal("consulting.error.state");
		}
		attach(request, null, upload, me.accountId());
	}

	// ---- staff ----

	/** The center's own requests and those of other centers assigned to an expert of its pool (shared cases). */
	@Transactional(readOnly = true)
	List<ConsultingRequest> casesOf(long centerId) {
		Authorities.requireCenterStaff(centerId);
		Map<Long, ConsultingRequest> all = new LinkedHashMap<>();
		requests.findByCenterIdInOrderByCreatedAtDescIdDesc(Set.of(centerId)).forEach(r -> all.put(r.getId(), r));
		List<Long> ownExperts = experts.findByCenterIdInOrderByNameAscIdAsc(Set.of(centerId)).stream()
			.map(Expert::getId).toList();
		if (!ownExperts.isEmpty()) {
			requests.findByExpertIdInOrderByCreatedAtDescIdDesc(ownExperts).forEach(r -> all.putIfAbsent(r.getId(), r));
		}
		return new ArrayList<>(all.values());
	}

	/** A request staff may act on: only staff of the center it was made to (403 otherwise). */
	@Transactional(readOnly = true)
	ConsultingRequest requestToManage(long requestId) {
		ConsultingRequest request = requests.findById(requestId)
			.orElseThrow(() -> Refusal.notFound("consulting.error.noRequest"));
		Authorities.requireCenterStaff(request.getCenterId());
		return request;
	}

	/**
	 * Staff open a case: staff of its center, or of the center whose pool lent the expert.
	 * The client's name, contact and story are personal data, so it is logged.
	 */
	ConsultingRequest requestToView(long requestId) {
		ConsultingRequest request = requests.findById(requestId)
			.orElseThrow(() -> Refusal.notFound("consulting.error.noRequest"));
		if (!staffMayRead(request)) {
			throw new AccessDeniedException("not staff of this case");
		}
		identity.recordPersonalDataAccess(request.getClientAccountId(), PersonalDataAction.VIEW,
				"컨설팅 신청 조회 (신청 " + requestId + ")", null);
		return request;
	}

	boolean staffMayManage(ConsultingRequest request) {
		return Authorities.canManageCenter(request.getCenterId());
	}

	private boolean staffMayRead(ConsultingRequest request) {
		if (Authorities.canManageCenter(request.getCenterId())) {
			return true;
		}
		return request.getExpertId() != null && experts.findById(request.getExpertId())
			.map(e -> Authorities.canManageCenter(e.getCenterId())).orElse(false);
	}

	void assign(long requestId, long expertId) {
		ConsultingRequest request = requestToManage(requestId);
		Expert expert = experts.findById(expertId).filter(e -> pool.usable(e, request.getCenterId()))
			.orElseThrow(() -> new Refusal("consulting.error.expertNotUsable"));
		request.assign(expertId, clock.instant());
		mail(expert.getEmail(), "assigned", request.getTitle(), kindName(request),
				baseUrl + (expert.getAccountId() != null ? "/my/assignments/" + requestId : "/c"));
	}

	void resolve(long requestId, String resolution) {
		ConsultingRequest request = requestToManage(requestId);
		request.resolve(resolution, clock.instant());
		mail(request.getClientEmail(), "resolved", request.getTitle(), resolution, baseUrl + "/my/consulting/" + requestId);
	}

	// ---- expert ----

	@Transactional(readOnly = true)
	List<ConsultingRequest> assignmentsOf(CurrentUser me) {
		List<Long> mine = experts.findByAccountId(me.accountId()).stream().map(Expert::getId).toList();
		return mine.isEmpty() ? List.of() : requests.findByExpertIdInOrderByCreatedAtDescIdDesc(mine);
	}

	/** A case assigned to the current user's expert record; anyone else's is not found. */
	@Transactional(readOnly = true)
	ConsultingRequest assignmentOf(long requestId, CurrentUser me) {
		return requests.findById(requestId).filter(r -> isExpertOf(r, me))
			.orElseThrow(() -> Refusal.notFound("consulting.error.noRequest"));
	}

	private boolean isExpertOf(ConsultingRequest request, CurrentUser me) {
		return request.getExpertId() != null
				&& experts.findById(request.getExpertId()).map(e -> e.isAccount(me.accountId())).orElse(false);
	}

	void accept(long requestId, CurrentUser me) {
		ConsultingRequest request = assignmentOf(requestId, me);
		request.accept();
		mail(request.getClientEmail(), "accepted", request.getTitle(), expertName(request.getExpertId()),
				baseUrl + "/my/consulting/" + requestId);
	}

	void decline(long requestId, CurrentUser me, String note) {
		assignmentOf(requestId, me).decline(note);
	}

	/** Staff record the answer of an expert without an account (given by phone or mail). */
	void recordAnswer(long requestId, boolean accepted, String note) {
		ConsultingRequest request = requestToManage(requestId);
		if (accepted) {
			request.accept();
			mail(request.getClientEmail(), "accepted", request.getTitle(), expertName(request.getExpertId()),
					baseUrl + "/my/consulting/" + requestId);
		}
		else {
			request.decline(note);
		}
	}

	// ---- expert or staff ----

	/**
	 * Plans a session. The expert's row is locked first, so two bookings for one expert run one
	 * after the other and the second sees the first when it looks for an overlap. The hours of
	 * the organization's year are counted under the same lock; beyond the budget only staff may
	 * go, with a reason that stays on the session.
	 */
	ConsultingSession schedule(long requestId, CurrentUser me, Plan plan, String overrideReason) {
		ConsultingRequest request = caseFor(requestId, me);
		if (request.getStatus() != RequestStatus.IN_PROGRESS) {
			throw new Refusal("consulting.error.notInProgress");
		}
		if (plan.minutes() < 10 || plan.minutes() > 720) {
			throw new Refusal("consulting.form.minutes");
		}
		Expert expert = experts.findById(request.getExpertId())
			.orElseThrow(() -> Refusal.notFound("consulting.error.noExpert"));
		// one person may be in several centers' pools (one record each, linked to the same account):
		// their sessions are checked together, under locks taken in id order so two centers serialize
		List<Long> samePerson = expert.getAccountId() == null ? List.of(expert.getId())
				: experts.findByAccountId(expert.getAccountId()).stream().map(Expert::getId).sorted().toList();
		samePerson.forEach(experts::lockById);
		Instant start = plan.startsAt().atZone(Seoul.ZONE).toInstant();
		Instant end = start.plusSeconds(plan.minutes() * 60L);
		List<ConsultingSession> clash = sessions.overlapping(samePerson, start, end, SessionStatus.CANCELLED);
		if (!clash.isEmpty()) {
			ConsultingSession other = clash.get(0);
			throw new Refusal("consulting.error.overlap", expert.getName(),
					WHEN.format(Seoul.at(other.getStartsAt())), WHEN.format(Seoul.at(other.getEndsAt())));
		}
		requests.lockByBudgetKey(request.getBudgetKey());
		int year = plan.startsAt().getYear();
		long used = sessions.minutesUsed(request.getBudgetKey(), year, SessionStatus.CANCELLED);
		long allowed = properties.yearlyHours() * 60L;
		boolean beyond = used + plan.minutes() > allowed;
		String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
		if (beyond && (reason == null || !staffMayManage(request))) {
			throw new Refusal("consulting.error.budget", year, properties.yearlyHours(),
					ConsultingViews.Budget.hours(Math.max(0, allowed - used)), ConsultingViews.Budget.hours(plan.minutes()));
		}
		ConsultingSession session = new ConsultingSession(request, expert.getId(), start, plan.minutes(), year,
				plan.mode(), clock.instant());
		if (beyond) {
			session.overrideBudget(reason, me.accountId(), clock.instant());
		}
		session = sessions.saveAndFlush(session);
		String when = WHEN.format(plan.startsAt());
		String mode = messages.getMessage("consulting.mode." + plan.mode(), null, Locale.KOREAN);
		mail(request.getClientEmail(), "scheduled", request.getTitle(), when, plan.minutes(), mode,
				baseUrl + "/my/consulting/" + requestId);
		mail(expert.getEmail(), "scheduled", request.getTitle(), when, plan.minutes(), mode,
				baseUrl + "/my/assignments/" + requestId);
		return session;
	}

	void recordSession(long sessionId, CurrentUser me, String content, String nextSteps, Upload upload) {
		ConsultingSession session = sessions.findById(sessionId)
			.orElseThrow(() -> Refusal.notFound("consulting.error.noSession"));
		ConsultingRequest request = caseFor(session.getRequestId(), me);
		if (request.getStatus() != RequestStatus.IN_PROGRESS && request.getStatus() != RequestStatus.COMPLETED) {
			throw new Refusal("consulting.error.state");
		}
		if (session.getStartsAt().isAfter(clock.instant())) {
			throw new Refusal("consulting.error.notYetHeld");
		}
		session.record(content, nextSteps);
		if (upload != null) {
			attach(request, sessionId, upload, me.accountId());
		}
	}

	void cancelSession(long sessionId, CurrentUser me) {
		ConsultingSession session = sessions.findById(sessionId)
			.orElseThrow(() -> Refusal.notFound("consulting.error.noSession"));
		ConsultingRequest request = caseFor(session.getRequestId(), me);
		session.cancel();
		mailCancelled(request, session);
	}

	/** Client and expert both hear of a cancelled session: whoever cancelled, the other one would come. */
	private void mailCancelled(ConsultingRequest request, ConsultingSession session) {
		String when = WHEN.format(Seoul.at(session.getStartsAt()));
		mail(request.getClientEmail(), "cancelled", request.getTitle(), when, baseUrl + "/my/consulting/" + request.getId());
		expert(session.getExpertId()).ifPresent(e -> mail(e.getEmail(), "cancelled", request.getTitle(), when,
				baseUrl + (e.getAccountId() != null ? "/my/assignments/" + request.getId() : "/c")));
	}

	/**
	 * Closes a case that has at least one recorded session. A past session nobody recorded must
	 * be recorded or cancelled first (it still counts against the budget); sessions planned for
	 * later are cancelled with the case, so they free the budget and the expert's time and send
	 * no reminder, and client and expert are told of each.
	 */
	void complete(long requestId, CurrentUser me, String summary) {
		ConsultingRequest request = caseFor(requestId, me);
		List<ConsultingSession> all = sessions.findByRequestIdOrderByStartsAtAscIdAsc(requestId);
		if (all.stream().noneMatch(s -> s.getStatus() == SessionStatus.DONE)) {
			throw new Refusal("consulting.error.noSessionHeld");
		}
		Instant now = clock.instant();
		if (all.stream().anyMatch(s -> s.getStatus() == SessionStatus.PLANNED && !s.getStartsAt().isAfter(now))) {
			throw new Refusal("consulting.error.unrecordedSession");
		}
		request.complete(summary, now);
		for (ConsultingSession later : all) {
			if (later.getStatus() == SessionStatus.PLANNED) {
				later.cancel();
				mailCancelled(request, later);
			}
		}
		mail(request.getClientEmail(), "completed", request.getTitle(), baseUrl + "/my/consulting/" + requestId);
	}

	/** The assigned expert, or staff of the request's center; anyone else finds nothing. */
	private ConsultingRequest caseFor(long requestId, CurrentUser me) {
		ConsultingRequest request = requests.findById(requestId)
			.orElseThrow(() -> Refusal.notFound("consulting.error.noRequest"));
		if (isExpertOf(request, me) || staffMayManage(request)) {
			return request;
		}
		throw Refusal.notFound("consulting.error.noRequest");
	}

	// ---- reading ----

	@Transactional(readOnly = true)
	List<ConsultingSession> sessionsOf(long requestId) {
		return sessions.findByRequestIdOrderByStartsAtAscIdAsc(requestId);
	}

	@Transactional(readOnly = true)
	List<Attachment> attachmentsOf(long requestId) {
		return attachments.findByRequestIdOrderByIdAsc(requestId);
	}

	@Transactional(readOnly = true)
	ConsultingViews.Budget budgetOf(ConsultingRequest request) {
		int year = Seoul.today(clock).getYear();
		return new ConsultingViews.Budget(year, properties.yearlyHours(),
				sessions.minutesUsed(request.getBudgetKey(), year, SessionStatus.CANCELLED));
	}

	/**
	 * A file of a case, for its client, its assigned expert, or staff of the request's center or
	 * of the center whose pool lent the expert. Staff reading it is logged.
	 */
	FileDownload download(long attachmentId, CurrentUser me) {
		Attachment attachment = attachments.findById(attachmentId)
			.orElseThrow(() -> Refusal.notFound("consulting.error.noFile"));
		ConsultingRequest request = requests.findById(attachment.getRequestId())
			.orElseThrow(() -> Refusal.notFound("consulting.error.noFile"));
		boolean client = me != null && request.belongsTo(me.accountId());
		boolean expert = me != null && isExpertOf(request, me);
		if (!client && !expert) {
			if (!staffMayRead(request)) {
				throw Refusal.notFound("consulting.error.noFile");
			}
			identity.recordPersonalDataAccess(request.getClientAccountId(), PersonalDataAction.VIEW,
					"컨설팅 첨부파일 열람 (신청 " + request.getId() + ", 파일 " + attachmentId + ")", null);
		}
		byte[] bytes = files.read(attachment.getStoredFile())
			.orElseThrow(() -> Refusal.notFound("consulting.error.noFile"));
		return new FileDownload(attachment.getFileName(), attachment.getContentType(), bytes);
	}

	record FileDownload(String name, String type, byte[] bytes) {
	}

	Optional<Expert> expert(Long expertId) {
		return expertId == null ? Optional.empty() : experts.findById(expertId);
	}

	private void attach(ConsultingRequest request, Long sessionId, Upload upload, long by) {
		if (attachments.findByRequestIdOrderByIdAsc(request.getId()).size() >= 10) {
			throw new Refusal("consulting.error.tooManyFiles");
		}
		var stored = files.store(upload.bytes());
		// a refused name rolls the transaction back, and with it the stored file
		String name = ConsultingFiles.downloadName(upload.name(), stored);
		attachments.save(new Attachment(request.getId(), sessionId, name, stored.file(), stored.type(), stored.size(), by,
				clock.instant()));
	}

	private String kindName(ConsultingRequest request) {
		return messages.getMessage("consulting.kind." + request.getKind(), null, Locale.KOREAN);
	}

	private String expertName(Long expertId) {
		return expert(expertId).map(Expert::getName).orElse("");
	}

	private void mail(String to, String what, Object... args) {
		if (to == null || to.isBlank()) {
			return;
		}
		outbox.queue(to, messages.getMessage("consulting.mail." + what + ".subject", args, Locale.KOREAN),
				messages.getMessage("consulting.mail." + what + ".body", args, Locale.KOREAN));
	}

	Set<Long> expertIdsOf(CurrentUser me) {
		return new HashSet<>(experts.findByAccountId(me.accountId()).stream().map(Expert::getId).toList());
	}

	LocalDate today() {
		return Seoul.today(clock);
	}
}
