package org.ieum.spaces;

/** Who may book a space. */
public enum BookingAudience {
	/** Anyone with an active account. */
	SIGNED_IN,
	/** Enterprise members, experts and staff. */
	MEMBERS,
	/** Staff of the space's center only. */
	STAFF
}
