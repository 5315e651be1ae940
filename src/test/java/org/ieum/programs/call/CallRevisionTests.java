package org.ieum.programs.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.ieum.programs.CallKind;
import org.ieum.shared.web.Refusal;
import org.junit.jupiter.api.Test;

/** What staff may still change in a call once it is announced, closed or still a draft. */
class CallRevisionTests {

	private static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");

	private static CallDetails details(Instant opens, Instant closes) {
		return new CallDetails(CallKind.SUPPORT, "검토 공모", "목적", ApplicantType.FOUNDER, Set.of(), null, null, 1_000_000L, 1,
				opens, closes, null, false, false);
	}

	@Test
	void aClosedCallsDeadlineAndEligibilityCannotBeMovedButItsTextCan() {
		Instant opens = NOW.minus(Duration.ofDays(10));
		Instant closes = NOW.minus(Duration.ofDays(1));
		ProgramCall call = new ProgramCall(7L, details(opens, closes), NOW.minus(Duration.ofDays(11)));
		call.announce(NOW.minus(Duration.ofDays(11)));

		assertThatThrownBy(() -> call.revise(details(opens, NOW.plus(Duration.ofDays(7))), NOW))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.getMessage()).contains("programs.error.closedTerms"));
		assertThat(call.statusAt(NOW)).isNotEqualTo(CallStatus.OPEN);

		CallDetails retitled = new CallDetails(CallKind.SUPPORT, "검토 공모 (수정)", "목적", ApplicantType.FOUNDER, Set.of(), null,
				null, 1_000_000L, 1, opens, closes, null, false, false);
		call.revise(retitled, NOW);
		assertThat(call.getTitle()).isEqualTo("검토 공모 (수정)");

		// before the deadline staff may still move it
		ProgramCall open = new ProgramCall(7L, details(opens, NOW.plus(Duration.ofDays(1))), NOW.minus(Duration.ofDays(11)));
		open.announce(NOW.minus(Duration.ofDays(11)));
		open.revise(details(opens, NOW.plus(Duration.ofDays(3))), NOW);
		assertThat(open.getClosesAt()).isEqualTo(NOW.plus(Duration.ofDays(3)));
	}

	@Test
	void aDraftKeepsItsTermsOpenPastItsFirstDatesAndTakesNoApplicationsUntilAnnounced() {
		ProgramCall draft = new ProgramCall(7L, details(NOW.minus(Duration.ofDays(10)), NOW.minus(Duration.ofDays(1))),
				NOW.minus(Duration.ofDays(11)));
		draft.revise(details(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(8))), NOW);
		assertThat(draft.getClosesAt()).isEqualTo(NOW.plus(Duration.ofDays(8)));
		assertThat(draft.acceptsAt(NOW)).isFalse();

		draft.announce(NOW);
		assertThat(draft.acceptsAt(NOW)).isTrue();
		assertThatThrownBy(() -> draft.announce(NOW)).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.getMessage()).contains("programs.error.alreadyAnnounced"));
	}
}
