package org.ieum.notifications.demo;

import java.util.Optional;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.IdentityApi;
import org.ieum.notifications.NotificationsApi;
import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two unread in-app notices of Gimhae for {@code citizen@ieum.example} and one for
 * {@code member@ieum.example}, so the bell shows a count after signing in. In-app only: no
 * demo mail is queued. Added only while those accounts have no notice at all.
 */
@Component
@Order(95)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoNotifications implements ApplicationRunner {

	private final NotificationsApi notifications;
	private final IdentityApi identity;
	private final CentersApi centers;
	private final JdbcClient jdbc;

	DemoNotifications(NotificationsApi notifications, IdentityApi identity, CentersApi centers, JdbcClient jdbc) {
		this.notifications = notifications;
		this.identity = identity;
		this.centers = centers;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Optional<Long> citizen = identity.findAccountIdByEmail("citizen@ieum.example");
		Optional<Long> member = identity.findAccountIdByEmail("member@ieum.example");
		Optional<Long> gimhae = centers.findBySlug("gimhae").map(CenterSummary::id);
		if (citizen.isEmpty() || member.isEmpty() || gimhae.isEmpty() || hasNotices(citizen.get())) {
			return;
		}
		notifications.send(new Notification(NotificationKind.RESERVATION_APPROVED, gimhae.get(), citizen.get(), null,
				"[이음] 공간 예약이 승인되었습니다: 다목적 회의실 (시연)",
				"시민 님, 다목적 회의실 예약이 승인되었습니다. 내 예약에서 일시를 확인해 주세요. (시연 알림)",
				"/my/reservations"));
		notifications.send(new Notification(NotificationKind.WAITLIST_SEAT, gimhae.get(), citizen.get(), null,
				"[이음] 대기 순번이 확정되었습니다: 사회적경제 기초 교육 (시연)",
				"시민 님, 대기하시던 교육에 자리가 나서 신청이 확정되었습니다. (시연 알림)", "/my/education"));
		notifications.send(new Notification(NotificationKind.CALL_RESULT, gimhae.get(), member.get(), null,
				"[이음] 지원사업 선정 결과가 발표되었습니다 (시연)",
				"회원 님, 신청하신 지원사업의 선정 결과가 발표되었습니다. 내 지원사업에서 확인해 주세요. (시연 알림)", "/my/programs"));
	}

	private boolean hasNotices(long accountId) {
		return jdbc.sql("select count(*) from notification_message where account_id = ?")
			.param(accountId)
			.query(Long.class)
			.single() > 0;
	}
}
