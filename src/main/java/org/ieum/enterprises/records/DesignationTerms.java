package org.ieum.enterprises.records;

import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.VillageStage;

import java.time.LocalDate;

public record DesignationTerms(DesignationType type, String number, String issuer, String ministry, VillageStage villageStage,
		Integer certificationRound, LocalDate designatedOn, LocalDate validUntil, DesignationStatus status) {
}
