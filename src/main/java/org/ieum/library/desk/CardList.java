package org.ieum.library.desk;

import java.time.Instant;
import java.util.List;

import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.library.books.LibraryCardRepository;
import org.ieum.shared.Authorities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The library cards a center issued, for its staff, with the members' names (written to the access log). */
@Service
public class CardList {

	public record CardRow(String cardNumber, String member, Instant issuedAt) {
	}

	private final LibraryCardRepository cards;
	private final IdentityApi identity;

	CardList(LibraryCardRepository cards, IdentityApi identity) {
		this.cards = cards;
		this.identity = identity;
	}

	/** The card numbers issued at the center, newest first. */
	@Transactional // writes the access log, which PostgreSQL refuses in a read-only transaction
	public List<CardRow> cards(long centerId) {
		Authorities.requireCenterStaff(centerId);
		List<CardRow> rows = cards.findByCenterIdOrderByIssuedAtDescIdDesc(centerId).stream()
			.map(c -> new CardRow(c.getCardNumber(), identity.displayNameOf(c.getAccountId()).orElse("-"), c.getIssuedAt()))
			.toList();
		if (!rows.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST,
					"도서 대출 카드 목록 조회 (센터 " + centerId + "), " + rows.size() + "건", null);
		}
		return rows;
	}
}
