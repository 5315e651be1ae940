package org.ieum.enterprises.records;

import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.IndustrySection;
import org.ieum.enterprises.SocialPurpose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * An organization as staff or its managers edit it. {@code businessNumber},
 * {@code centerIds} and {@code allowDuplicate} only count on staff pages.
 */
public class OrganizationForm {

	/**
	 * A region is named in letters and digits (창원시 의창구); a value that begins like a
	 * spreadsheet formula ({@code =}, {@code +}, {@code -}, {@code @}) is no region and is refused.
	 */
	static final String REGION_NAME = "^$|[\\p{L}\\p{N}][\\p{L}\\p{N} ·()]*";

	@Size(max = 40, message = "{enterprises.error.tooLong}")
	private String businessNumber;

	private List<Long> centerIds = new ArrayList<>();

	private boolean allowDuplicate;

	@NotBlank(message = "{enterprises.error.required}")
	@Size(max = 200, message = "{enterprises.error.tooLong}")
	private String name;

	@Pattern(regexp = "^$|[0-9]{6}-?[0-9]{7}", message = "{enterprises.error.corporateNumber}")
	private String corporateNumber;

	@Size(max = 100, message = "{enterprises.error.tooLong}")
	private String representative;

	@Size(max = 40, message = "{enterprises.error.tooLong}")
	@Pattern(regexp = REGION_NAME, message = "{export.error.regionName}")
	private String sido;

	@Size(max = 40, message = "{enterprises.error.tooLong}")
	@Pattern(regexp = REGION_NAME, message = "{export.error.regionName}")
	private String sigungu;

	@Size(max = 300, message = "{enterprises.error.tooLong}")
	private String roadAddress;

	@Pattern(regexp = "^$|[0-9][0-9-]{6,18}", message = "{enterprises.error.phone}")
	private String phone;

	@Pattern(regexp = "^$|https?://\\S{3,290}", message = "{enterprises.error.url}")
	private String homepage;

	@Size(max = 1000, message = "{enterprises.error.tooLong}")
	private String socialChannels;

	private IndustrySection industry;

	@Size(max = 2000, message = "{enterprises.error.tooLong}")
	private String mainBusiness;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate foundedOn;

	@Min(value = 0, message = "{enterprises.error.notNegative}")
	@Max(value = 1000000, message = "{enterprises.error.tooLarge}")
	private Integer employees;

	@Min(value = 0, message = "{enterprises.error.notNegative}")
	@Max(value = 1000000, message = "{enterprises.error.tooLarge}")
	private Integer vulnerableEmployees;

	private SocialPurpose socialPurpose;

	@Size(max = 100, message = "{enterprises.error.tooLong}")
	private String socialServiceField;

	public static OrganizationForm of(Organization o) {
		OrganizationForm form = new OrganizationForm();
		form.businessNumber = o.formattedNumber();
		form.centerIds = new ArrayList<>(o.getCenterIds());
		OrganizationProfile p = o.profile();
		form.name = p.name();
		form.corporateNumber = p.corporateNumber();
		form.representative = p.representative();
		form.sido = p.sido();
		form.sigungu = p.sigungu();
		form.roadAddress = p.roadAddress();
		form.phone = p.phone();
		form.homepage = p.homepage();
		form.socialChannels = p.socialChannels();
		form.industry = p.industry();
		form.mainBusiness = p.mainBusiness();
		form.foundedOn = p.foundedOn();
		form.employees = p.employees();
		form.vulnerableEmployees = p.vulnerableEmployees();
		form.socialPurpose = p.socialPurpose();
		form.socialServiceField = p.socialServiceField();
		return form;
	}

	/** Rules across fields, for every editor. */
	public void check(Errors errors) {
		if (employees != null && vulnerableEmployees != null && vulnerableEmployees > employees) {
			errors.rejectValue("vulnerableEmployees", "enterprises.error.vulnerableExceeds");
		}
	}

	/** The staff-only fields as well. */
	public void checkForStaff(Errors errors) {
		checkForStaff(errors, true);
	}

	/** {@code numberRequired} false for an organization imported without a number: staff may leave it blank. */
	public void checkForStaff(Errors errors, boolean numberRequired) {
		check(errors);
		if (businessNumber == null || businessNumber.isBlank()) {
			if (numberRequired) {
				errors.rejectValue("businessNumber", "enterprises.error.required");
			}
		}
		else if (BusinessNumber.parse(businessNumber).isEmpty()) {
			errors.rejectValue("businessNumber", "enterprises.error.businessNumber");
		}
		if (centerIds == null || centerIds.isEmpty()) {
			errors.rejectValue("centerIds", "enterprises.error.centersRequired");
		}
	}

	public OrganizationProfile toProfile() {
		return new OrganizationProfile(name.strip(), corporateNumber == null || corporateNumber.isBlank() ? null
				: corporateNumber.replace("-", ""), blankToNull(representative), blankToNull(sido), blankToNull(sigungu),
				blankToNull(roadAddress), blankToNull(phone), blankToNull(homepage), blankToNull(socialChannels), industry,
				blankToNull(mainBusiness), foundedOn, employees, vulnerableEmployees, socialPurpose,
				blankToNull(socialServiceField));
	}

	public Set<Long> centerIdSet() {
		return centerIds == null ? Set.of() : new LinkedHashSet<>(centerIds);
	}

	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getBusinessNumber() {
		return businessNumber;
	}

	public void setBusinessNumber(String businessNumber) {
		this.businessNumber = businessNumber;
	}

	public List<Long> getCenterIds() {
		return centerIds;
	}

	public void setCenterIds(List<Long> centerIds) {
		this.centerIds = centerIds;
	}

	public boolean isAllowDuplicate() {
		return allowDuplicate;
	}

	public void setAllowDuplicate(boolean allowDuplicate) {
		this.allowDuplicate = allowDuplicate;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCorporateNumber() {
		return corporateNumber;
	}

	public void setCorporateNumber(String corporateNumber) {
		this.corporateNumber = corporateNumber;
	}

	public String getRepresentative() {
		return representative;
	}

	public void setRepresentative(String representative) {
		this.representative = representative;
	}

	public String getSido() {
		return sido;
	}

	public void setSido(String sido) {
		this.sido = sido;
	}

	public String getSigungu() {
		return sigungu;
	}

	public void setSigungu(String sigungu) {
		this.sigungu = sigungu;
	}

	public String getRoadAddress() {
		return roadAddress;
	}

	public void setRoadAddress(String roadAddress) {
		this.roadAddress = roadAddress;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getHomepage() {
		return homepage;
	}

	public void setHomepage(String homepage) {
		this.homepage = homepage;
	}

	public String getSocialChannels() {
		return socialChannels;
	}

	public void setSocialChannels(String socialChannels) {
		this.socialChannels = socialChannels;
	}

	public IndustrySection getIndustry() {
		return industry;
	}

	public void setIndustry(IndustrySection industry) {
		this.industry = industry;
	}

	public String getMainBusiness() {
		return mainBusiness;
	}

	public void setMainBusiness(String mainBusiness) {
		this.mainBusiness = mainBusiness;
	}

	public LocalDate getFoundedOn() {
		return foundedOn;
	}

	public void setFoundedOn(LocalDate foundedOn) {
		this.foundedOn = foundedOn;
	}

	public Integer getEmployees() {
		return employees;
	}

	public void setEmployees(Integer employees) {
		this.employees = employees;
	}

	public Integer getVulnerableEmployees() {
		return vulnerableEmployees;
	}

	public void setVulnerableEmployees(Integer vulnerableEmployees) {
		this.vulnerableEmployees = vulnerableEmployees;
	}

	public SocialPurpose getSocialPurpose() {
		return socialPurpose;
	}

	public void setSocialPurpose(SocialPurpose socialPurpose) {
		this.socialPurpose = socialPurpose;
	}

	public String getSocialServiceField() {
		return socialServiceField;
	}

	public void setSocialServiceField(String socialServiceField) {
		this.socialServiceField = socialServiceField;
	}
}
