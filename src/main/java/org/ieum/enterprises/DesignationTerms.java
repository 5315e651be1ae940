package org.ieum.enterprises;

import java.time.LocalDate;

record DesignationTerms(DesignationType type, String number, String issuer, String ministry, VillageStage villageStage,
		Integer certificationRound, LocalDate designatedOn, LocalDate validUntil, DesignationStatus status) {
}
