package org.ieum.enterprises.records;

import org.ieum.enterprises.IndustrySection;
import org.ieum.enterprises.SocialPurpose;

import java.time.LocalDate;

/**
 * The fields a member who manages an organization may change themselves. The business
 * number, owning centers, status and designations are for staff only.
 */
public record OrganizationProfile(String name, String corporateNumber, String representative, String sido, String sigungu,
		String roadAddress, String phone, String homepage, String socialChannels, IndustrySection industry,
		String mainBusiness, LocalDate foundedOn, Integer employees, Integer vulnerableEmployees,
		SocialPurpose socialPurpose, String socialServiceField) {
}
