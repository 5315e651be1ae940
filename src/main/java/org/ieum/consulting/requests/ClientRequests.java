package org.ieum.consulting.requests;

import java.time.Clock;
import java.util.List;

import org.ieum.consulting.cases.CaseAccess;
import org.ieum.consulting.cases.CaseAttachments;
import org.ieum.consulting.cases.CaseMail;
import org.ieum.consulting.cases.ConsultingRequest;
import org.ieum.consulting.cases.ConsultingRequestRepository;
import org.ieum.consulting.cases.RequestStatus;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a member does as a client: asks through the one window (for themself or an organization
 * they manage), follows and withdraws their requests, adds files. Only their own requests exist
 * for them.
 */
@Service
@Transactional
public class ClientRequests {

	private final ConsultingRequestRepository requests;
	private final CaseAccess access;
	private final CaseAttachments attachments;
	private final EnterprisesApi enterprises;
	private final CaseMail mail;
	private final Clock clock;

	public ClientRequests(ConsultingRequestRepository requests, CaseAccess access, CaseAttachments attachments,
			EnterprisesApi enterprises, CaseMail mail, Clock clock) {
		this.requests = requests;
		this.access = access;
		this.attachments = attachments;
		this.enterprises = enterprises;
		this.mail = mail;
		this.clock = clock;
	}

	public ConsultingRequest submit(long centerId, CurrentUser me, Long organizationId, ConsultingRequest.Ask ask,
			List<CaseAttachments.Upload> uploads) {
		String organizationName = null;
		if (organizationId != null) {
			if (!enterprises.isManager(organizationId, me.accountId())) {
				throw new Refusal("consulting.form.organization");
			}
			organizationName = enterprises.findById(organizationId).map(OrganizationSummary::name).orElse(null);
		}
		ConsultingRequest request = requests.save(new ConsultingRequest(centerId, me.accountId(), me.displayName(),
				me.email(), organizationId, organizationName, ask, clock.instant()));
		for (CaseAttachments.Upload upload : uploads) {
			attachments.attach(request, null, upload, me.accountId());
		}
		mail.send(request, request.getClientEmail(), "received", request.getTitle(), mail.kindName(request),
				mail.clientLink(request.getId()));
		return request;
	}

	@Transactional(readOnly = true)
	public List<ConsultingRequest> mine(CurrentUser me) {
		return requests.findByClientAccountIdOrderByCreatedAtDescIdDesc(me.accountId());
	}

	@Transactional(readOnly = true)
	public ConsultingRequest requestOf(long requestId, CurrentUser me) {
		return access.requestOf(requestId, me);
	}

	public void withdraw(long requestId, CurrentUser me) {
		access.requestOf(requestId, me).withdraw();
	}

	public void attachByClient(long requestId, CurrentUser me, CaseAttachments.Upload upload) {
		ConsultingRequest request = access.requestOf(requestId, me);
		if (request.getStatus() == RequestStatus.WITHDRAWN) {
			throw new Refusal("consulting.error.state");
		}
		attachments.attach(request, null, upload, me.accountId());
	}
}
