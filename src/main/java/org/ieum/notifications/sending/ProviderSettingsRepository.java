package org.ieum.notifications.sending;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderSettingsRepository extends JpaRepository<ProviderSettings, Long> {
}
