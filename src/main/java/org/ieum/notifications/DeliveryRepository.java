package org.ieum.notifications;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryRepository extends JpaRepository<Delivery, Long> {

	List<Delivery> findByNotificationIdInOrderByIdAsc(Collection<Long> notificationIds);

	List<Delivery> findByNotificationId(long notificationId);
}
