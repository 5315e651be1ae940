package org.ieum.governance.councils;

/** What a meeting decided on an agenda item: 가결, 부결 or 보류. */
public enum Decision {
	PASSED, REJECTED, DEFERRED
}
