package org.ieum.enterprises.membership;

import org.ieum.enterprises.administration.OrganizationAdministration;
import org.ieum.enterprises.records.ChangeHistory;
import org.ieum.enterprises.records.FieldChange;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationAccess;
import org.ieum.enterprises.records.OrganizationManager;
import org.ieum.enterprises.records.OrganizationManagerRepository;
import org.ieum.enterprises.records.OrganizationProfile;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.enterprises.records.Product;
import org.ieum.enterprises.records.ProductPhotos;
import org.ieum.enterprises.records.ProductRepository;
import org.ieum.enterprises.records.UnknownOrganization;
import org.ieum.shared.files.FileArea;

import java.time.Clock;
import java.util.List;

import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profile and products, which both staff and the organization's approved managers may
 * edit. Business number, centers, status and designations stay with staff
 * ({@link OrganizationAdministration}).
 */
@Service
@Transactional
public class OrganizationProfiles {

	private final OrganizationRepository organizations;
	private final ProductRepository products;
	private final OrganizationManagerRepository managers;
	private final ChangeHistory history;
	private final OrganizationAccess access;
	private final ProductPhotos photos;
	private final Clock clock;

	public OrganizationProfiles(OrganizationRepository organizations, ProductRepository products,
			OrganizationManagerRepository managers, ChangeHistory history, OrganizationAccess access,
			ProductPhotos photos, Clock clock) {
		this.organizations = organizations;
		this.products = products;
		this.managers = managers;
		this.history = history;
		this.access = access;
		this.photos = photos;
		this.clock = clock;
	}

	/** The organizations the signed-in member was approved to manage. */
	@Transactional(readOnly = true)
	public List<Organization> managedByMe() {
		long me = access.requireUser().accountId();
		List<Long> ids = managers.findByAccountIdOrderByIdAsc(me).stream().map(OrganizationManager::getOrganizationId).toList();
		return organizations.findAllById(ids);
	}

	/** Written like any other staff look at the representative when staff, not managers, open the form. */
	@Transactional
	public Organization organizationToEdit(long id) {
		Organization organization = organizations.findById(id).orElseThrow(() -> new UnknownOrganization("organization", id));
		access.requireEditor(organization);
		access.logStaffReading(organization);
		return organization;
	}

	public void reviseProfile(long id, OrganizationProfile profile) {
		Organization organization = organizationToEdit(id);
		history.record(id, organization.describe(profile, clock.instant()));
	}

	@Transactional // a staff member's reading is written to the access log, which a read-only transaction refuses
	public List<Product> productsOf(long organizationId) {
		organizationToEdit(organizationId);
		return products.findByOrganizationIdOrderByIdAsc(organizationId);
	}

	@Transactional // a staff member's reading is written to the access log, which a read-only transaction refuses
	public Product productToEdit(long organizationId, long productId) {
		organizationToEdit(organizationId);
		return products.findById(productId)
			.filter(p -> p.getOrganizationId() == organizationId)
			.orElseThrow(() -> new UnknownOrganization("product", productId));
	}

	/** @param photo the uploaded bytes, or null for none; checked before anything is saved */
	public long addProduct(long organizationId, String name, String description, Long priceWon, byte[] photo) {
		organizationToEdit(organizationId);
		checkPrice(priceWon);
		FileArea.StoredFile stored = photo == null ? null : photos.store(photo);
		Product product = new Product(organizationId, name, description, priceWon, clock.instant());
		if (stored != null) {
			product.showPhoto(stored.file(), stored.type());
		}
		product = products.save(product);
		history.record(organizationId, new FieldChange("product", null, product.describeForHistory()));
		return product.getId();
	}

	public void reviseProduct(long organizationId, long productId, String name, String description, Long priceWon,
			byte[] photo) {
		Product product = productToEdit(organizationId, productId);
		checkPrice(priceWon);
		FileArea.StoredFile stored = photo == null ? null : photos.store(photo);
		String before = product.describeForHistory();
		product.describe(name, description, priceWon);
		if (stored != null) {
			photos.deleteAfterCommit(product.showPhoto(stored.file(), stored.type()));
		}
		String after = product.describeForHistory() + (stored != null ? " +사진" : "");
		if (!before.equals(after)) {
			history.record(organizationId, new FieldChange("product", before, after));
		}
	}

	public void removeProduct(long organizationId, long productId) {
		Product product = productToEdit(organizationId, productId);
		photos.deleteAfterCommit(product.getPhotoFile());
		products.delete(product);
		history.record(organizationId, new FieldChange("product", product.describeForHistory(), null));
	}

	private static void checkPrice(Long priceWon) {
		if (priceWon != null && priceWon < 0) {
			throw new Refusal("enterprises.error.price");
		}
	}
}
