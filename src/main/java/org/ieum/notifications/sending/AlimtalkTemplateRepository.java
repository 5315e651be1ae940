package org.ieum.notifications.sending;

import java.util.List;
import java.util.Optional;

import org.ieum.shared.NotificationKind;
import org.springframework.data.jpa.repository.JpaRepository;

interface AlimtalkTemplateRepository extends JpaRepository<AlimtalkTemplate, AlimtalkTemplate.Key> {

	List<AlimtalkTemplate> findByCenterIdOrderByKindAsc(long centerId);

	Optional<AlimtalkTemplate> findByCenterIdAndKind(long centerId, NotificationKind kind);
}
