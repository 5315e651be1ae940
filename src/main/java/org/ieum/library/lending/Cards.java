package org.ieum.library.lending;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ieum.identity.IdentityApi;
import org.ieum.library.books.LibraryCard;
import org.ieum.library.books.LibraryCardRepository;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Library card numbers: staff give a member a number at their center (a new number replaces a
 * lost card), and the desk finds the borrower by that number or by the account's e-mail. The
 * unique keys on the card table decide when two desks give the same number at the same moment.
 */
@Service
public class Cards {

	/** Letters, digits and hyphens, 4 to 20 characters: what a card printer and a barcode scanner handle. */
	private static final Pattern NUMBER = Pattern.compile("[0-9A-Z-]{4,20}");

	private final LibraryCardRepository cards;
	private final IdentityApi identity;
	private final Clock clock;

	Cards(LibraryCardRepository cards, IdentityApi identity, Clock clock) {
		this.cards = cards;
		this.identity = identity;
		this.clock = clock;
	}

	/** Gives the member with this e-mail address this card number at the center; returns the number as stored. */
	@Transactional
	public String issue(long centerId, String memberEmail, String cardNumber) {
		Authorities.requireCenterStaff(centerId);
		String number = normalize(cardNumber);
		if (!NUMBER.matcher(number).matches()) {
			throw new Refusal("library.error.cardNumberFormat");
		}
		long accountId = identity.findAccountIdByEmail(memberEmail == null ? "" : memberEmail.strip())
			.orElseThrow(() -> new Refusal("library.error.noMember"));
		Optional<LibraryCard> holder = cards.findByCenterIdAndCardNumber(centerId, number);
		if (holder.isPresent()) {
			throw new Refusal(holder.get().getAccountId() == accountId ? "library.error.cardAlreadyYours"
					: "library.error.cardNumberTaken", number);
		}
		Optional<LibraryCard> existing = cards.findByCenterIdAndAccountId(centerId, accountId);
		if (existing.isPresent()) {
			existing.get().reissue(number, clock.instant());
			cards.flush();
		}
		else {
			cards.saveAndFlush(new LibraryCard(centerId, accountId, number, clock.instant()));
		}
		return number;
	}

	/** The account a member is known by at the desk: a card number of this center, or an e-mail address. */
	long borrower(long centerId, String memberOrCard) {
		String typed = memberOrCard == null ? "" : memberOrCard.strip();
		if (typed.contains("@")) {
			return identity.findAccountIdByEmail(typed).orElseThrow(() -> new Refusal("library.error.noMember"));
		}
		return cards.findByCenterIdAndCardNumber(centerId, normalize(typed)).map(LibraryCard::getAccountId)
			.orElseThrow(() -> new Refusal("library.error.noCard", typed));
	}

	static String normalize(String cardNumber) {
		return cardNumber == null ? "" : cardNumber.strip().replace(" ", "").toUpperCase(Locale.ROOT);
	}
}
