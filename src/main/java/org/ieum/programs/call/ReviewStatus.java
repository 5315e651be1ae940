package org.ieum.programs.call;

/**
 * A reviewer first declares no conflict of interest (or recuses), then scores once. Staff may
 * withdraw an assignment before scoring or recusal; the withdrawn row stays as the record.
 */
public enum ReviewStatus {
	ASSIGNED, DECLARED, RECUSED, SUBMITTED, WITHDRAWN
}
