package org.ieum.market.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A product category of the showcase (식품, 청소·방역, ...); a category below another has its parent's id. */
@Entity
@Table(name = "market_category")
public class Category {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "parent_id")
	private Long parentId;

	@Column(nullable = false, length = 60)
	private String name;

	@Column(nullable = false)
	private int position;

	@Version
	private long version;

	protected Category() {
	}

	Category(Long parentId, String name, int position) {
		this.parentId = parentId;
		this.name = name;
		this.position = position;
	}

	void rename(String name) {
		this.name = name;
	}

	public Long getId() {
		return id;
	}

	public Long getParentId() {
		return parentId;
	}

	public String getName() {
		return name;
	}

	public int getPosition() {
		return position;
	}
}
