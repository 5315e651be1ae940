package org.ieum.community.exchange;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExchangeSettingRepository extends JpaRepository<ExchangeSetting, Long> {
}
