package org.ieum.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.ieum.governance.partners.Mou;
import org.ieum.shared.web.Refusal;
import org.junit.jupiter.api.Test;

/** An agreement's own rules: its dates, its renewal, and which end reminder is due when. */
class AgreementRulesTests {

	private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");
	private static final LocalDate END = LocalDate.of(2026, 12, 31);

	private Mou mou() {
		return new Mou(1, LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 1), END, "공동 교육", false, NOW);
	}

	@Test
	void anAgreementThatEndsBeforeItStartsIsRefused() {
		assertThatThrownBy(() -> new Mou(1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30),
				"목적", false, NOW))
			.isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.mouDates");
	}

	@Test
	void eachReminderIsDueOnceInItsWindow() {
		Mou mou = mou();
		assertThat(mou.reminderDue(END.minusDays(61))).isNull();
		assertThat(mou.reminderDue(END.minusDays(60))).isEqualTo(Mou.Reminder.EARLY);
		mou.reminded(Mou.Reminder.EARLY, NOW);
		assertThat(mou.reminderDue(END.minusDays(30))).isNull();
		assertThat(mou.reminderDue(END.minusDays(14))).isEqualTo(Mou.Reminder.LATE);
		mou.reminded(Mou.Reminder.LATE, NOW);
		assertThat(mou.reminderDue(END.minusDays(3))).isNull();
		assertThat(mou.reminderDue(END.plusDays(1))).isNull();
	}

	@Test
	void anAgreementRecordedLateGetsOnlyTheLateReminder() {
		Mou mou = mou();
		assertThat(mou.reminderDue(END.minusDays(10))).isEqualTo(Mou.Reminder.LATE);
		mou.reminded(Mou.Reminder.LATE, NOW);
		assertThat(mou.reminderDue(END.minusDays(9))).isNull();
	}

	@Test
	void aRenewalMovesTheEndAndStartsTheRemindersAgain() {
		Mou mou = mou();
		mou.reminded(Mou.Reminder.EARLY, NOW);
		assertThatThrownBy(() -> mou.renew(END))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.renewal");
		mou.renew(END.plusYears(1));
		assertThat(mou.getEndsOn()).isEqualTo(END.plusYears(1));
		assertThat(mou.getRenewals()).isEqualTo(1);
		assertThat(mou.reminderDue(END.plusYears(1).minusDays(60))).isEqualTo(Mou.Reminder.EARLY);
	}
}
