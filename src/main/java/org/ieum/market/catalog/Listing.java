package org.ieum.market.catalog;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.ProductSummary;
import org.ieum.market.PriceRange;

/**
 * A product or service in the showcase. The product's public facts are a copy that
 * {@link ListingRefresh} keeps in step with the enterprises module; the category, minimum order,
 * delivery region, service flag and featuring belong to the showcase and survive every refresh.
 */
@Entity
@Table(name = "market_listing")
public class Listing {

	@Id
	@Column(name = "product_id")
	private Long productId;

	@Column(name = "organization_id", nullable = false)
	private Long organizationId;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 2000)
	private String description;

	@Column(name = "price_won")
	private Long priceWon;

	@Enumerated(EnumType.STRING)
	@Column(name = "price_range", nullable = false, length = 20)
	private PriceRange priceRange;

	@Column(name = "has_photo", nullable = false)
	private boolean hasPhoto;

	@Column(name = "organization_name", nullable = false, length = 200)
	private String organizationName;

	@Column(length = 40)
	private String sido;

	@Column(name = "category_id")
	private Long categoryId;

	@Column(name = "min_order", length = 100)
	private String minOrder;

	@Column(name = "delivery_region", length = 100)
	private String deliveryRegion;

	@Column(nullable = false)
	private boolean service;

	@Column(nullable = false)
	private boolean featured;

	@Column(name = "refreshed_at", nullable = false)
	private Instant refreshedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "market_listing_center", joinColumns = @JoinColumn(name = "product_id"))
	@Column(name = "center_id", nullable = false)
	private Set<Long> centerIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "market_listing_designation", joinColumns = @JoinColumn(name = "product_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "designation", nullable = false, length = 40)
	private Set<DesignationType> designations = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "market_listing_category_path", joinColumns = @JoinColumn(name = "product_id"))
	@Column(name = "category_id", nullable = false)
	private Set<Long> categoryPath = new LinkedHashSet<>();

	protected Listing() {
	}

	Listing(ProductSummary product, Instant now) {
		this.productId = product.id();
		copy(product, now);
	}

	/** Takes the product's current public facts; returns whether anything a visitor sees changed. */
	boolean copy(ProductSummary product, Instant now) {
		boolean changed = !Objects.equals(name, product.name()) || !Objects.equals(description, product.description())
				|| !Objects.equals(priceWon, product.priceWon()) || hasPhoto != product.hasPhoto()
				|| !Objects.equals(organizationId, product.organizationId())
				|| !Objects.equals(organizationName, product.organizationName()) || !Objects.equals(sido, product.sido())
				|| !centerIds.equals(product.centerIds()) || !designations.equals(Set.copyOf(product.activeDesignations()));
		if (!changed) {
			return false;
		}
		this.organizationId = product.organizationId();
		this.name = product.name();
		this.description = product.description();
		this.priceWon = product.priceWon();
		this.priceRange = PriceRange.of(product.priceWon());
		this.hasPhoto = product.hasPhoto();
		this.organizationName = product.organizationName();
		this.sido = product.sido();
		this.centerIds.clear();
		this.centerIds.addAll(product.centerIds());
		this.designations.clear();
		this.designations.addAll(product.activeDesignations());
		this.refreshedAt = now;
		return true;
	}

	/**
	 * What the showcase says beyond the product itself.
	 *
	 * @param path the category and every category above it, the category first (empty for none)
	 */
	void describe(List<Long> path, String minOrder, String deliveryRegion, boolean service) {
		this.categoryId = path.isEmpty() ? null : path.get(0);
		this.categoryPath.clear();
		this.categoryPath.addAll(path);
		this.minOrder = minOrder;
		this.deliveryRegion = deliveryRegion;
		this.service = service;
	}

	void feature(boolean featured) {
		this.featured = featured;
	}

	public boolean shownIn(Set<Long> centers) {
		return centerIds.stream().anyMatch(centers::contains);
	}

	public Long getProductId() {
		return productId;
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public Long getPriceWon() {
		return priceWon;
	}

	public PriceRange getPriceRange() {
		return priceRange;
	}

	public boolean isHasPhoto() {
		return hasPhoto;
	}

	public String getOrganizationName() {
		return organizationName;
	}

	public String getSido() {
		return sido;
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public String getMinOrder() {
		return minOrder;
	}

	public String getDeliveryRegion() {
		return deliveryRegion;
	}

	public boolean isService() {
		return service;
	}

	public boolean isFeatured() {
		return featured;
	}

	public Set<Long> getCenterIds() {
		return centerIds;
	}

	public Set<DesignationType> getDesignations() {
		return designations;
	}

	public Set<Long> getCategoryPath() {
		return categoryPath;
	}
}
