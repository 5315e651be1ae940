package org.ieum.enterprises.directory;

import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.Product;
import org.ieum.enterprises.records.ProductPhotos;

import java.time.Duration;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A center's public directory: organization profiles and product photos. The list itself is
 * the search page ({@code enterprises.search}). A metropolitan center shows the organizations
 * of the centers under it too, since citizens look for "Busan", not for a district.
 */
@Controller
public class DirectoryController {

	private final OrganizationDirectory directory;
	private final CentersApi centers;
	private final ProductPhotos photos;

	public DirectoryController(OrganizationDirectory directory, CentersApi centers, ProductPhotos photos) {
		this.directory = directory;
		this.centers = centers;
		this.photos = photos;
	}

	@GetMapping("/c/{slug}/organizations/{id}")
	public String profile(@PathVariable String slug, @PathVariable long id, Model model) {
		CenterSummary center = center(slug);
		Organization organization = directory.find(id)
			.filter(o -> o.ownedByAnyOf(centers.centerAndDescendantIds(center.id())))
			// a founding team not yet founded is not public: staff and its managers see it on their own pages
			.filter(Organization::isPubliclyListed)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("organization", directory.publicProfile(organization));
		return "enterprises/profile";
	}

	@GetMapping("/organizations/photos/{productId}")
	public ResponseEntity<byte[]> photo(@PathVariable long productId) {
		Product product = directory.product(productId).filter(p -> p.getPhotoFile() != null)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] bytes = photos.read(product.getPhotoFile())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		// Stored names change with every new photo, so a photo never changes under its URL for long.
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(product.getPhotoType()))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.body(bytes);
	}

	private CenterSummary center(String slug) {
		return centers.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
