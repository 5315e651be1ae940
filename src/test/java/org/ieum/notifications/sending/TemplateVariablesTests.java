package org.ieum.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ieum.shared.web.Refusal;
import org.junit.jupiter.api.Test;

/** How staff's template variable lines are read, refused, and filled from a notification. */
class TemplateVariablesTests {

	@Test
	void linesOrCommasWithOrWithoutTheBracesAreReadAndANotificationWithoutAValueNamesTheVariable() {
		TemplateVariables variables = TemplateVariables.parse("#{예약}=제목, 바로가기 = 링크\n\n본문=내용");
		assertThat(variables.text()).isEqualTo("예약=제목\n바로가기=링크\n본문=내용");
		assertThat(variables.fill("회의실", "승인", "https://x/my").values()).containsEntry("바로가기", "https://x/my")
			.containsEntry("본문", "승인");
		assertThat(variables.fill("회의실", "승인", null).missing()).contains("바로가기");
	}

	@Test
	void anUnknownValueOrAVariableWrittenTwiceIsRefused() {
		assertThatThrownBy(() -> TemplateVariables.parse("주소=전화번호")).isInstanceOf(Refusal.class)
			.hasMessage("notifications.sending.error.variable");
		assertThatThrownBy(() -> TemplateVariables.parse("예약=제목\n예약=내용")).isInstanceOf(Refusal.class)
			.hasMessage("notifications.sending.error.variableTwice");
	}
}
