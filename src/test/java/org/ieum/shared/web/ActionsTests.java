package org.ieum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** How every staff or member action answers: a notice, an error with its arguments, a 404, a lost race. */
class ActionsTests {

	RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

	Map<String, Object> flash() {
		return new HashMap<>(redirect.getFlashAttributes());
	}

	@Test
	void aDoneActionGoesBackWithItsNotice() {
		String view = Actions.run(redirect, "/my/reservations", "spaces.notice.cancelled", () -> {
		});
		assertThat(view).isEqualTo("redirect:/my/reservations");
		assertThat(flash()).containsEntry("notice", "spaces.notice.cancelled")
			.doesNotContainKey("error");
	}

	@Test
	void aRefusedActionGoesBackWithTheRefusalsMessageAndArguments() {
		String view = Actions.run(redirect, "/admin/incubation", "incubation.notice.extended", () -> {
			throw new Refusal("incubation.error.tooLong", "2027-03-01");
		});
		assertThat(view).isEqualTo("redirect:/admin/incubation");
		assertThat(flash()).containsEntry("error", "incubation.error.tooLong")
			.doesNotContainKey("notice");
		assertThat((Object[]) flash().get("errorArgs")).containsExactly("2027-03-01");
	}

	@Test
	void somethingThatDoesNotExistIsNotAMessageButTheNotFoundPage() {
		assertThatThrownBy(() -> Actions.run(redirect, "/my/consulting", "consulting.notice.rated", () -> {
			throw Refusal.notFound("consulting.error.noRequest");
		})).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.notFound()).isTrue());
		assertThat(flash()).isEmpty();
	}

	@Test
	void aLostRaceIsAnsweredWithTheModulesMessage() {
		String view = Actions.run(redirect, "/admin/spaces/queue", "spaces.notice.approved", "spaces.error.state", () -> {
			throw new ObjectOptimisticLockingFailureException("Reservation", 1L);
		});
		assertThat(view).isEqualTo("redirect:/admin/spaces/queue");
		assertThat(flash()).containsEntry("error", "spaces.error.state");
	}

	@Test
	void aDoubleClickWhoseFirstClickDidItIsTheNotice() {
		Actions.run(redirect, "/my/education", "education.notice.checkedIn", "education.notice.checkedIn", () -> {
			throw new DataIntegrityViolationException("duplicate attendance");
		});
		assertThat(flash()).containsEntry("notice", "education.notice.checkedIn")
			.doesNotContainKey("error");
	}

	@Test
	void withoutARaceKeyALostRaceIsNotHiddenAsAMessage() {
		assertThatThrownBy(() -> Actions.run(redirect, "/my/account", "token.revoked", () -> {
			throw new DataIntegrityViolationException("duplicate");
		})).isInstanceOf(DataIntegrityViolationException.class);
	}
}
