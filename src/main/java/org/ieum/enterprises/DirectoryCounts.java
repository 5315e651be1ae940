package org.ieum.enterprises;

import java.time.LocalDate;
import java.util.List;

/**
 * The directory's figures for a set of centers on a reference date (기준일자). Organizations are
 * those not closed; designations are those in force on the date (active, already granted and
 * not past their last day). {@code byType} counts both, because one organization may hold several designations.
 *
 * @param asOf the reference date
 * @param organizations organizations not closed
 * @param withDesignation of those, how many hold at least one designation in force
 * @param byType per type, then per {@link DesignationGroup}
 * @param bySigungu organizations per 시도 and 시군구 ({@code key} is "시도 시군구", or empty when unknown)
 * @param byIndustry organizations per KSIC section ({@code key} is the section letter, or empty)
 * @param bySocialPurpose organizations per social purpose type ({@code key} is the enum name, or empty)
 * @param byDesignationYear designations (not cancelled) by the year they were granted, per type, for every
 *     organization the centers own, closed ones too: a later closure does not rewrite history
 * @param byStatus all organizations, closed ones too, per status
 */
public record DirectoryCounts(LocalDate asOf, long organizations, long withDesignation, List<TypeCount> byType,
		List<KeyCount> bySigungu, List<KeyCount> byIndustry, List<KeyCount> bySocialPurpose,
		List<YearCount> byDesignationYear, List<KeyCount> byStatus) {

	/** A type ({@code type} set) or a group ({@code group} set). */
	public record TypeCount(DesignationType type, DesignationGroup group, long organizations, long designations) {
	}

	public record KeyCount(String key, long organizations) {
	}

	public record YearCount(int year, DesignationType type, long designations) {
	}
}
