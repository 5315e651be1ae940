package org.ieum.content.board;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A board of a center's website, or of the network's own site when the center is {@link #NETWORK}. */
@Entity
@Table(name = "content_board")
public class Board {

	/** The center id of the network's own boards at the site root. */
	public static final long NETWORK = 0L;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(nullable = false)
	private String slug;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private BoardKind kind;

	@Column(nullable = false)
	private String name;

	private String description;

	private String categories;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Board() {
	}

	public Board(long centerId, String slug, BoardKind kind, String name, String description, List<String> categories,
			int position, Instant now) {
		this.centerId = centerId;
		this.slug = slug;
		this.kind = kind;
		this.position = position;
		this.enabled = true;
		this.createdAt = now;
		describe(name, description, categories);
	}

	/** Renames the board and replaces its categories; posts keep the category they have. */
	public void describe(String name, String description, List<String> categories) {
		this.name = name;
		this.description = description == null || description.isBlank() ? null : description.strip();
		this.categories = categories.isEmpty() ? null : String.join("\n", categories);
	}

	public void switchOn() {
		this.enabled = true;
	}

	public void switchOff() {
		this.enabled = false;
	}

	public void moveTo(int position) {
		this.position = position;
	}

	public Long getId() {
		return id;
	}

	public long getCenterId() {
		return centerId;
	}

	public boolean isNetwork() {
		return centerId == NETWORK;
	}

	public String getSlug() {
		return slug;
	}

	public BoardKind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public List<String> getCategories() {
		return categories == null ? List.of() : Arrays.stream(categories.split("\n")).filter(c -> !c.isBlank()).toList();
	}

	public int getPosition() {
		return position;
	}

	public boolean isEnabled() {
		return enabled;
	}
}
