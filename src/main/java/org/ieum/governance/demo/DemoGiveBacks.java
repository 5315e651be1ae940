package org.ieum.governance.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.governance.giveback.GiveBack;
import org.ieum.governance.giveback.GiveBackDemoStore;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.Seoul;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Give-back projects of the organization {@code member@ieum.example} manages, at its first
 * supporting center: two accepted last year, two accepted this year and one waiting for review.
 * Added only while there are none.
 */
@Component
@Order(93)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoGiveBacks implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoGiveBacks.class);

	private final GiveBackDemoStore store;
	private final EnterprisesApi enterprises;
	private final IdentityApi identity;
	private final Clock clock;

	DemoGiveBacks(GiveBackDemoStore store, EnterprisesApi enterprises, IdentityApi identity, Clock clock) {
		this.store = store;
		this.enterprises = enterprises;
		this.identity = identity;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (store.hasProjects()) {
			return;
		}
		Long account = identity.findAccountIdByEmail("member@ieum.example").orElse(null);
		if (account == null) {
			return;
		}
		OrganizationSummary organization = enterprises.managedBy(account).stream()
			.filter(o -> !o.centerIds().isEmpty()).findFirst().orElse(null);
		if (organization == null) {
			return;
		}
		long center = organization.centerIds().stream().sorted().findFirst().orElseThrow();
		LocalDate today = Seoul.today(clock);
		int last = today.getYear() - 1;
		var at = clock.instant();
		String name = organization.name();
		store.accepted(center, organization.id(), name, new GiveBack.Details("어르신 도시락 나눔", "동네 홀몸 어르신 40명",
				LocalDate.of(last, 3, 2), LocalDate.of(last, 11, 30), 320, 4_800_000, "매주 목요일 빵과 반찬 도시락을 배달했습니다."),
				account, at, "배달 기록을 확인했습니다.");
		store.accepted(center, organization.id(), name, new GiveBack.Details("연말 이웃돕기 성금", "구청 희망나눔 캠페인",
				LocalDate.of(last, 12, 20), LocalDate.of(last, 12, 20), 0, 2_000_000, null), account, at, null);
		// this year's: in the first days of the year, so they are never in the future
		LocalDate first = LocalDate.of(today.getYear(), 1, 1);
		store.accepted(center, organization.id(), name, new GiveBack.Details("청소년 제빵 체험 교실", "지역아동센터 아동 25명",
				first.plusDays(Math.min(40, today.getDayOfYear() - 1)), first.plusDays(Math.min(40, today.getDayOfYear() - 1)),
				48, 350_000, "재료비를 부담하고 직원 6명이 강사로 나섰습니다."), account, at, "사진과 참가 명단을 확인했습니다.");
		store.accepted(center, organization.id(), name, new GiveBack.Details("발달장애인 직업 훈련", "발달장애 청년 5명",
				first, first.plusDays(Math.min(90, today.getDayOfYear() - 1)), 240, 0, null), account, at, null);
		store.reported(center, organization.id(), name, new GiveBack.Details("복지관 명절 선물 기부", "종합사회복지관 이용 가정 60가구",
				today, today, 0, 900_000, "설 명절 빵 선물 세트를 기부했습니다."), account, at);
		log.info("Demo give-back projects for {}", name);
	}
}
