package org.ieum.market.needs;

import java.time.Clock;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.shared.Seoul;
import org.ieum.shared.files.DownloadNames;
import org.ieum.shared.files.FileArea;
import org.ieum.shared.web.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizations' offers for needs: a manager of any organization of the network responds for it until the need's
 * deadline (the whole Seoul day), once per organization, also when two managers send at the same moment (a unique
 * key). An attached file passes the shared upload check and is stored only with a response that is accepted.
 */
@Service
@Transactional
public class NeedResponses {

	private final NeedRepository needs;
	private final NeedResponseRepository responses;
	private final EnterprisesApi enterprises;
	private final NeedFiles files;
	private final Clock clock;

	NeedResponses(NeedRepository needs, NeedResponseRepository responses, EnterprisesApi enterprises, NeedFiles files,
			Clock clock) {
		this.needs = needs;
		this.responses = responses;
		this.enterprises = enterprises;
		this.files = files;
		this.clock = clock;
	}

	/** An offer as typed: the price in whole won, the quantity offered, a note, and an optional file. */
	public record Offer(String priceWon, String quantity, String note, byte[] file, String fileName) {
	}

	public long respond(long needId, long organizationId, Offer offer, long accountId) {
		Need need = needs.findById(needId).orElseThrow(() -> Refusal.notFound("market.needs.error.unknown"));
		if (enterprises.managedBy(accountId).isEmpty()) {
			throw new Refusal("market.needs.error.noOrganization");
		}
		if (!enterprises.isManager(organizationId, accountId)) {
			throw new Refusal("market.needs.error.notManager");
		}
		need.requireOpen();
		if (!need.takesResponsesOn(Seoul.today(clock))) {
			throw new Refusal("market.needs.error.deadlinePassed", need.getDeadline());
		}
		OrganizationSummary organization = enterprises.findById(organizationId)
			.orElseThrow(() -> new Refusal("market.needs.error.notManager"));
		long price = Needs.won(offer.priceWon());
		String quantity = offer.quantity() == null ? "" : offer.quantity().strip();
		if (quantity.isEmpty() || quantity.length() > 100) {
			throw new Refusal("market.needs.error.offerQuantity");
		}
		String note = offer.note() == null ? null : offer.note().strip();
		if (note != null && note.length() > 1000) {
			throw new Refusal("market.needs.error.note");
		}
		if (responses.existsByNeedIdAndOrganizationId(needId, organizationId)) {
			throw new Refusal("market.needs.error.respondedTwice", organization.name());
		}
		String stored = null;
		String name = null;
		String type = null;
		if (offer.file() != null && offer.file().length > 0) {
			FileArea.StoredFile file = files.store(offer.file());
			stored = file.file();
			type = file.type();
			name = DownloadNames.of(offer.fileName(), file.file());
		}
		try {
			return responses.saveAndFlush(new NeedResponse(needId, organizationId, organization.name(), price, quantity,
					note == null || note.isEmpty() ? null : note, name, stored, type, accountId, clock.instant()))
				.getId();
		}
		catch (DataIntegrityViolationException raced) {
			throw Refusal.because(raced, "market.needs.error.respondedTwice", organization.name());
		}
	}
}
