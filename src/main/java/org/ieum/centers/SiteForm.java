package org.ieum.centers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

class SiteForm {

	@NotBlank(message = "{centers.error.required}")
	@Size(max = 200, message = "{centers.error.tooLong}")
	private String name;

	@NotBlank(message = "{centers.error.required}")
	@Size(max = 500, message = "{centers.error.tooLong}")
	private String address;

	@Pattern(regexp = "^$|[0-9][0-9-]{6,18}", message = "{centers.error.phone}")
	private String phone;

	private boolean main;

	static SiteForm of(Site site) {
		SiteForm form = new SiteForm();
		form.name = site.getName();
		form.address = site.getAddress();
		form.phone = site.getPhone();
		form.main = site.isMainSite();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public boolean isMain() {
		return main;
	}

	public void setMain(boolean main) {
		this.main = main;
	}
}
