package org.ieum.enterprises.readiness;

/** Where a requirement stands: not checked yet (미확인), to be improved (보완 필요), or met (충족). */
public enum ItemState {
	UNCHECKED, NEEDS_WORK, MET
}
