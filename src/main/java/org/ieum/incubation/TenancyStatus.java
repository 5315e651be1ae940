package org.ieum.incubation;

/**
 * OFFERED (an awardee was selected) → ACCEPTED or DECLINED; ACCEPTED → ACTIVE once staff
 * assign an office; ACTIVE → ENDED at exit or graduation.
 */
enum TenancyStatus {
	OFFERED, DECLINED, ACCEPTED, ACTIVE, ENDED
}
