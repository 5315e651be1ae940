package org.ieum.enterprises.records;

import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.IndustrySection;
import org.ieum.enterprises.OrganizationStatus;
import org.ieum.enterprises.SocialPurpose;
import org.ieum.enterprises.VillageStage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** What templates and the JSON API receive instead of entities. */
public final class OrganizationViews {

	private OrganizationViews() {
	}

	public record OrganizationRow(long id, String name, String businessNumber, String sido, String sigungu,
			OrganizationStatus status, List<DesignationType> designations) {
	}

	/**
	 * What anyone may see. The representative and the corporate registration number are
	 * left out; the phone is the organization's published number, never a person's.
	 */
	public record PublicProfile(long id, String name, String businessNumber, String sido, String sigungu, String roadAddress,
			String phone, String homepage, List<String> socialChannels, IndustrySection industry, String mainBusiness,
			LocalDate foundedOn, Integer employees, Integer vulnerableEmployees, SocialPurpose socialPurpose,
			String socialServiceField, OrganizationStatus status, List<DesignationView> designations,
			List<ProductView> products) {
	}

	public record DesignationView(long id, DesignationType type, String number, String issuer, String ministry,
			VillageStage villageStage, Integer certificationRound, LocalDate designatedOn, LocalDate validUntil,
			DesignationStatus status, String source) {

		public static DesignationView of(Designation d, LocalDate today) {
			return new DesignationView(d.getId(), d.getType(), d.getNumber(), d.getIssuer(), d.getMinistry(),
					d.getVillageStage(), d.getCertificationRound(), d.getDesignatedOn(), d.getValidUntil(),
					d.statusOn(today), d.getSource());
		}
	}

	public record ProductView(long id, String name, String description, Long priceWon, boolean photo) {

		public static ProductView of(Product p) {
			return new ProductView(p.getId(), p.getName(), p.getDescription(), p.getPriceWon(), p.getPhotoFile() != null);
		}
	}

	public record ChangeView(Instant changedAt, String actorName, String field, String oldValue, String newValue) {

		public static ChangeView of(ChangeRecord r) {
			return new ChangeView(r.getChangedAt(), r.getActorName(), r.getField(), r.getOldValue(), r.getNewValue());
		}
	}

	public record ExpiringRow(long organizationId, String organizationName, DesignationType type, String number,
			LocalDate validUntil, long daysLeft) {
	}

	public record ClaimRow(long id, long organizationId, String organizationName, String businessNumber, String claimantName,
			String claimantEmail, String note, ManagementClaim.Status status, Instant createdAt, String decisionNote) {
	}

	public static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
