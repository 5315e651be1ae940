package org.ieum.community.exchange;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExchangeMessageRepository extends JpaRepository<ExchangeMessage, Long> {

	List<ExchangeMessage> findTop100ByRecipientAccountIdOrSenderAccountIdOrderBySentAtDescIdDesc(long recipient, long sender);
}
