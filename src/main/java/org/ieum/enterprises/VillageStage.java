package org.ieum.enterprises;

/** The village enterprise stages: 예비, 신규, 재지정, 고도화. */
public enum VillageStage {
	PRELIMINARY, NEW, REDESIGNATED, ADVANCED
}
