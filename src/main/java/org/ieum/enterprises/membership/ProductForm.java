package org.ieum.enterprises.membership;

import org.ieum.enterprises.records.Product;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class ProductForm {

	@NotBlank(message = "{enterprises.error.required}")
	@Size(max = 200, message = "{enterprises.error.tooLong}")
	private String name;

	@Size(max = 2000, message = "{enterprises.error.tooLong}")
	private String description;

	@Min(value = 0, message = "{enterprises.error.notNegative}")
	@Max(value = 100_000_000_000L, message = "{enterprises.error.tooLarge}")
	private Long priceWon;

	public static ProductForm of(Product p) {
		ProductForm form = new ProductForm();
		form.name = p.getName();
		form.description = p.getDescription();
		form.priceWon = p.getPriceWon();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getPriceWon() {
		return priceWon;
	}

	public void setPriceWon(Long priceWon) {
		this.priceWon = priceWon;
	}
}
