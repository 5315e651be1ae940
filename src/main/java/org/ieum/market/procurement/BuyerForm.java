package org.ieum.market.procurement;

/** The buyer form of the staff pages. */
class BuyerForm {

	private String name;
	private BuyerKind kind;
	private String sido;
	private String contactName;
	private String contactPhone;
	private String contactEmail;

	static BuyerForm of(Buyers.View v) {
		BuyerForm f = new BuyerForm();
		f.name = v.name();
		f.kind = v.kind();
		f.sido = v.sido();
		f.contactName = v.contactName();
		f.contactPhone = v.contactPhone();
		f.contactEmail = v.contactEmail();
		return f;
	}

	Buyers.Terms terms() {
		return new Buyers.Terms(name, kind, sido, contactName, contactPhone, contactEmail);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public BuyerKind getKind() {
		return kind;
	}

	public void setKind(BuyerKind kind) {
		this.kind = kind;
	}

	public String getSido() {
		return sido;
	}

	public void setSido(String sido) {
		this.sido = sido;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}
}
