package org.ieum.notifications.policy;

import org.ieum.shared.AdvertisingRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDateTime;

import org.ieum.identity.IdentityApi;
import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Seoul;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * An advertising notification without current marketing consent is refused with its reason; with
 * consent it is held during the quiet hours (stored with its due time) and otherwise goes labelled.
 */
class AdvertisingDecisionTests {

	private final IdentityApi identity = mock(IdentityApi.class);

	private final HeldAdvertisementRepository held = mock(HeldAdvertisementRepository.class);

	private final Advertising advertising;

	private final Notification promotion = Notification.to("fan@example.kr", NotificationKind.EVENT_PROMOTION, 1L,
			"송년 장터에 초대합니다", "12월 20일 장터가 열립니다.", "/c/busan");

	AdvertisingDecisionTests() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		advertising = new Advertising(new AdvertisingRules(true), identity, held, messages, "https://ieum.example");
	}

	private static Instant seoul(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(Seoul.ZONE).toInstant();
	}

	@Test
	void withoutConsentItIsRefusedWithTheReasonAndNotHeld() {
		when(identity.hasMarketingConsent(5)).thenReturn(false);
		assertThat(advertising.decide(promotion, 5L, seoul("2026-12-07T10:00:00")))
			.isEqualTo(new Advertising.Refused(Advertising.NO_CONSENT));
		assertThat(advertising.decide(promotion, null, seoul("2026-12-07T22:00:00")))
			.isEqualTo(new Advertising.Refused(Advertising.NO_CONSENT));
		verify(held, never()).save(any());
	}

	@Test
	void withConsentAt2100ItIsStoredUntilEight() {
		when(identity.hasMarketingConsent(5)).thenReturn(true);
		assertThat(advertising.decide(promotion, 5L, seoul("2026-12-07T21:00:00")))
			.isEqualTo(new Advertising.Held(seoul("2026-12-08T08:00:00")));
		verify(held).save(any(HeldAdvertisement.class));
	}

	@Test
	void withConsentAt2059ItGoesLabelledWithHowToRefuse() {
		when(identity.hasMarketingConsent(5)).thenReturn(true);
		Advertising.Decision decision = advertising.decide(promotion, 5L, seoul("2026-12-07T20:59:00"));
		assertThat(decision).isInstanceOf(Advertising.Go.class);
		Notification sent = ((Advertising.Go) decision).notification();
		assertThat(sent.subject()).isEqualTo("(광고) 송년 장터에 초대합니다");
		assertThat(sent.body()).startsWith("12월 20일 장터가 열립니다.")
			.endsWith("마케팅 정보 수신 동의를 철회해 주세요: https://ieum.example/my/account#consents");
		assertThat(sent.accountId()).isEqualTo(5L);
		verify(held, never()).save(any());
	}
}
