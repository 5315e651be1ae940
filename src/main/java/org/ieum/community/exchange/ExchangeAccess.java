package org.ieum.community.exchange;

import java.util.List;
import java.util.Optional;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Component;

/**
 * Who may read and write on a center's exchange board. Managers of organizations of the network
 * read it, post, comment and contact posters, in the name of an organization they manage; the
 * center's staff read it to moderate it; everyone else (signed in or not) reads it only when the
 * center opened it to citizens.
 */
@Component
class ExchangeAccess {

	private final ExchangeSettingRepository settings;
	private final EnterprisesApi enterprises;

	ExchangeAccess(ExchangeSettingRepository settings, EnterprisesApi enterprises) {
		this.settings = settings;
		this.enterprises = enterprises;
	}

	boolean citizensMayRead(long centerId) {
		return settings.findById(centerId).map(ExchangeSetting::citizensMayRead).orElse(false);
	}

	/** The organizations this person may speak for on the board (empty for someone who manages none). */
	List<OrganizationSummary> organizationsOf(Optional<CurrentUser> me) {
		return me.map(u -> enterprises.managedBy(u.accountId())).orElse(List.of());
	}

	boolean mayRead(long centerId, Optional<CurrentUser> me) {
		return citizensMayRead(centerId) || me.isPresent() && Authorities.canManageCenter(centerId)
				|| !organizationsOf(me).isEmpty();
	}

	/** Refuses with the board's own reason: sign in, or the board is for organizations' managers. */
	void requireRead(long centerId, Optional<CurrentUser> me) {
		if (!mayRead(centerId, me)) {
			throw Refusal.forbidden("community.exchange.error.membersOnly");
		}
	}

	/**
	 * The organization the person speaks for: the one they chose among those they manage, or their
	 * first. Someone who manages no organization is refused (403) and nothing is saved.
	 */
	OrganizationSummary speakingFor(CurrentUser me, Long organizationId) {
		List<OrganizationSummary> mine = enterprises.managedBy(me.accountId());
		if (mine.isEmpty()) {
			throw Refusal.forbidden("community.exchange.error.noOrganization");
		}
		if (organizationId == null) {
			return mine.get(0);
		}
		return mine.stream().filter(o -> o.id() == organizationId).findFirst()
			.orElseThrow(() -> Refusal.forbidden("community.exchange.error.notYourOrganization"));
	}
}
