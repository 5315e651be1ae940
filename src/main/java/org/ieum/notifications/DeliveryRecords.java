package org.ieum.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.Authorities;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of the notifications of a center's activities, for its staff: each notification
 * with its channels' results and the recipient's address masked. Reading the list is written
 * to the personal-data access log in the same transaction.
 */
@Service
class DeliveryRecords {

	private final NoticeRepository notices;
	private final DeliveryRepository deliveries;
	private final IdentityApi identity;

	DeliveryRecords(NoticeRepository notices, DeliveryRepository deliveries, IdentityApi identity) {
		this.notices = notices;
		this.deliveries = deliveries;
		this.identity = identity;
	}

	@Transactional
	Page<Row> ofCenter(long centerId, Pageable pageable) {
		Authorities.requireCenterStaff(centerId);
		Page<Notice> page = notices.findByCenterIdOrderByCreatedAtDescIdDesc(centerId, pageable);
		Map<Long, List<Delivery>> byNotice = page.isEmpty() ? Map.of()
				: deliveries.findByNotificationIdInOrderByIdAsc(page.map(Notice::getId).toList())
					.stream()
					.collect(Collectors.groupingBy(Delivery::getNotificationId));
		if (!page.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST,
					"알림 발송 기록 조회 (센터 " + centerId + "), " + page.getNumberOfElements() + "건", null);
		}
		return page.map(n -> new Row(n.getCreatedAt(), n.getKind().labelKey(), n.getSubject(),
				byNotice.getOrDefault(n.getId(), List.of()).stream().map(ChannelResult::of).toList()));
	}

	/** One notification as staff see it. */
	record Row(Instant at, String kindKey, String subject, List<ChannelResult> channels) {
	}

	/** One channel's result, with the address masked. */
	record ChannelResult(String channelKey, String statusKey, String status, String recipient, String code,
			String codeKey, String codeArgument, Instant updatedAt, Instant resultAt, String problemKey,
			String problemDetail) {

		static ChannelResult of(Delivery delivery) {
			DeliveryCodes.Label label = DeliveryCodes.of(delivery.getProvider(), delivery.getCode());
			return new ChannelResult(delivery.getChannel().labelKey(), delivery.getStatus().labelKey(),
					delivery.getStatus().name(), Masks.recipient(delivery.getRecipient()), delivery.getCode(),
					label == null ? null : label.key(), label == null ? null : label.argument(), delivery.getUpdatedAt(),
					delivery.getResultAt(),
					delivery.getProblem() == null ? null : "notifications.problem." + delivery.getProblem(),
					delivery.getProblem() == null ? null
							: "UNCERTAIN".equals(delivery.getProblem()) ? delivery.getIdempotencyKey()
									: delivery.getProblemDetail());
		}
	}
}
