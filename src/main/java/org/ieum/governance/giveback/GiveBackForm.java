package org.ieum.governance.giveback;

import org.ieum.governance.core.GovernanceForms;

/** A give-back project as typed into the staff or the managers' form; {@link #details()} reads it or refuses. */
record GiveBackForm(String title, String beneficiaries, String startsOn, String endsOn, String hours, String amountWon,
		String description) {

	/** Hours of one project: ten people for a year of full days stays well below this. */
	static final int MAX_HOURS = 100_000;

	/** Won of one project: a hundred billion. */
	static final long MAX_WON = 100_000_000_000L;

	GiveBack.Details details() {
		return new GiveBack.Details(GovernanceForms.text(title, 200, true, "governance.giveback.field.title"),
				GovernanceForms.text(beneficiaries, 200, true, "governance.giveback.field.beneficiaries"),
				GovernanceForms.date(startsOn, "governance.giveback.field.startsOn"),
				GovernanceForms.date(endsOn == null || endsOn.isBlank() ? startsOn : endsOn,
						"governance.giveback.field.endsOn"),
				(int) GovernanceForms.orZero(hours, MAX_HOURS, "governance.giveback.field.hours"),
				GovernanceForms.orZero(amountWon, MAX_WON, "governance.giveback.field.amountWon"),
				GovernanceForms.text(description, 2000, false, "governance.giveback.field.description"));
	}
}
