package org.ieum.market.administration;

import org.ieum.market.catalog.Listing;
import org.ieum.market.catalog.Listings;

/** The staff form of a product's showcase details; the service checks lengths and the category. */
public class ListingForm {

	private Long categoryId;
	private String minOrder;
	private String deliveryRegion;
	private boolean service;

	static ListingForm of(Listing listing) {
		ListingForm form = new ListingForm();
		form.categoryId = listing.getCategoryId();
		form.minOrder = listing.getMinOrder();
		form.deliveryRegion = listing.getDeliveryRegion();
		form.service = listing.isService();
		return form;
	}

	Listings.Details details() {
		return new Listings.Details(categoryId, minOrder, deliveryRegion, service);
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public String getMinOrder() {
		return minOrder;
	}

	public void setMinOrder(String minOrder) {
		this.minOrder = minOrder;
	}

	public String getDeliveryRegion() {
		return deliveryRegion;
	}

	public void setDeliveryRegion(String deliveryRegion) {
		this.deliveryRegion = deliveryRegion;
	}

	public boolean isService() {
		return service;
	}

	public void setService(boolean service) {
		this.service = service;
	}
}
