package org.ieum.enterprises;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** What templates and the JSON API receive instead of entities. */
final class OrganizationViews {

	private OrganizationViews() {
	}

	record OrganizationRow(long id, String name, String businessNumber, String sido, String sigungu,
			OrganizationStatus status, List<DesignationType> designations) {
	}

	/**
	 * What anyone may see. The representative and the corporate registration number are
	 * left out; the phone is the organization's published number, never a person's.
	 */
	record PublicProfile(long id, String name, String businessNumber, String sido, String sigungu, String roadAddress,
			String phone, String homepage, List<String> socialChannels, IndustrySection industry, String mainBusiness,
			LocalDate foundedOn, Integer employees, Integer vulnerableEmployees, SocialPurpose socialPurpose,
			String socialServiceField, OrganizationStatus status, List<DesignationView> designations,
			List<ProductView> products) {
	}

	record DesignationView(long id, DesignationType type, String number, String issuer, String ministry,
			VillageStage villageStage, Integer certificationRound, LocalDate designatedOn, LocalDate validUntil,
			DesignationStatus status, String source) {

		static DesignationView of(Designation d, LocalDate today) {
			return new DesignationView(d.getId(), d.getType(), d.getNumber(), d.getIssuer(), d.getMinistry(),
					d.getVillageStage(), d.getCertificationRound(), d.getDesignatedOn(), d.getValidUntil(),
					d.statusOn(today), d.getSource());
		}
	}

	record ProductView(long id, String name, String description, Long priceWon, boolean photo) {

		static ProductView of(Product p) {
			return new ProductView(p.getId(), p.getName(), p.getDescription(), p.getPriceWon(), p.getPhotoFile() != null);
		}
	}

	record ChangeView(Instant changedAt, String actorName, String field, String oldValue, String newValue) {

		static ChangeView of(ChangeRecord r) {
			return new ChangeView(r.getChangedAt(), r.getActorName(), r.getField(), r.getOldValue(), r.getNewValue());
		}
	}

	record ExpiringRow(long organizationId, String organizationName, DesignationType type, String number,
			LocalDate validUntil, long daysLeft) {
	}

	record ClaimRow(long id, long organizationId, String organizationName, String businessNumber, String claimantName,
			String claimantEmail, String note, ManagementClaim.Status status, Instant createdAt, String decisionNote) {
	}

	static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
