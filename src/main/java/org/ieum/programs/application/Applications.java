package org.ieum.programs.application;

import java.time.Clock;
import java.util.Map;

import org.ieum.identity.CurrentUser;
import org.ieum.programs.call.Application;
import org.ieum.programs.call.ApplicationAccess;
import org.ieum.programs.call.ApplicationRepository;
import org.ieum.programs.call.FormKind;
import org.ieum.programs.call.Forms;
import org.ieum.programs.call.ProgramCall;
import org.ieum.programs.call.ProgramMails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's side of a draft: save answers, submit before the deadline, withdraw before
 * it. The deadline is read from the server's clock only.
 */
@Service
@Transactional
public class Applications {

	private final ApplicationRepository applications;
	private final ApplicationAccess access;
	private final Forms forms;
	private final ProgramMails mails;
	private final Clock clock;

	Applications(ApplicationRepository applications, ApplicationAccess access, Forms forms, ProgramMails mails,
			Clock clock) {
		this.applications = applications;
		this.access = access;
		this.forms = forms;
		this.mails = mails;
		this.clock = clock;
	}

	/** Answers by field id as typed; every one is checked before anything is saved. */
	public void saveAnswers(long applicationId, CurrentUser me, Map<Long, String> raw) {
		Application application = access.own(applicationId, me);
		ProgramCall call = access.callOf(application);
		application.saveAnswers(call, forms.normalized(call.getId(), FormKind.APPLICATION, raw), clock.instant());
	}

	public void submit(long applicationId, CurrentUser me) {
		Application application = access.own(applicationId, me);
		ProgramCall call = access.callOf(application);
		application.requireEditable(call, clock.instant());
		forms.requireComplete(call.getId(), FormKind.APPLICATION, application.getAnswers(), applicationId, null);
		application.submit(call, clock.instant());
		applications.flush();
		mails.submitted(application, call);
	}

	public void withdraw(long applicationId, CurrentUser me) {
		Application application = access.own(applicationId, me);
		ProgramCall call = access.callOf(application);
		application.withdraw(call, clock.instant());
		mails.withdrawn(application, call);
	}
}
