package org.ieum.market.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The showcase's category tree, one for the whole network: staff add, rename and remove categories. */
@Service
@Transactional
public class Categories {

	static final int MAX_NAME = 60;

	private final CategoryRepository categories;
	private final ListingRepository listings;

	Categories(CategoryRepository categories, ListingRepository listings) {
		this.categories = categories;
		this.listings = listings;
	}

	/**
	 * One category as lists show it.
	 *
	 * @param depth 0 for a top category
	 * @param label the names from the top down (식품 > 떡)
	 */
	public record Node(long id, Long parentId, String name, int depth, String label) {
	}

	/** Every category, each followed by those below it, in the staff's order. */
	@Transactional(readOnly = true)
	public List<Node> tree() {
		List<Category> all = categories.findAllByOrderByPositionAscIdAsc();
		Map<Long, List<Category>> byParent = all.stream()
			.collect(Collectors.groupingBy(c -> c.getParentId() == null ? 0L : c.getParentId()));
		List<Node> nodes = new ArrayList<>();
		walk(byParent, 0L, 0, "", nodes);
		return nodes;
	}

	private static void walk(Map<Long, List<Category>> byParent, long parent, int depth, String prefix, List<Node> out) {
		for (Category c : byParent.getOrDefault(parent, List.of())) {
			String label = prefix.isEmpty() ? c.getName() : prefix + " > " + c.getName();
			out.add(new Node(c.getId(), c.getParentId(), c.getName(), depth, label));
			walk(byParent, c.getId(), depth + 1, label, out);
		}
	}

	/** The category and every category above it, the category first; a refusal for an unknown one. */
	@Transactional(readOnly = true)
	public List<Long> pathOf(long categoryId) {
		List<Long> path = new ArrayList<>();
		Optional<Category> current = categories.findById(categoryId);
		if (current.isEmpty()) {
			throw new Refusal("market.error.unknownCategory");
		}
		while (current.isPresent() && !path.contains(current.get().getId())) {
			path.add(current.get().getId());
			Long parent = current.get().getParentId();
			current = parent == null ? Optional.empty() : categories.findById(parent);
		}
		return path;
	}

	public long add(Long parentId, String name) {
		requireStaff();
		String clean = name(name);
		if (parentId != null && !categories.existsById(parentId)) {
			throw new Refusal("market.error.unknownCategory");
		}
		boolean taken = parentId == null ? categories.existsByParentIdIsNullAndName(clean)
				: categories.existsByParentIdAndName(parentId, clean);
		if (taken) {
			throw new Refusal("market.error.categoryTaken", clean);
		}
		int position = categories.findAll().stream().filter(c -> java.util.Objects.equals(c.getParentId(), parentId))
			.map(Category::getPosition).max(Comparator.naturalOrder()).orElse(0) + 1;
		return categories.save(new Category(parentId, clean, position)).getId();
	}

	public void rename(long id, String name) {
		requireStaff();
		Category category = categories.findById(id).orElseThrow(() -> Refusal.notFound("market.error.unknownCategory"));
		String clean = name(name);
		if (clean.equals(category.getName())) {
			return;
		}
		boolean taken = category.getParentId() == null ? categories.existsByParentIdIsNullAndName(clean)
				: categories.existsByParentIdAndName(category.getParentId(), clean);
		if (taken) {
			throw new Refusal("market.error.categoryTaken", clean);
		}
		category.rename(clean);
	}

	/** Only an empty category goes: one with categories or products below it stays, with a message. */
	public void remove(long id) {
		requireStaff();
		Category category = categories.findById(id).orElseThrow(() -> Refusal.notFound("market.error.unknownCategory"));
		if (categories.existsByParentId(id)) {
			throw new Refusal("market.error.categoryHasChildren", category.getName());
		}
		if (listings.anyIn(id)) {
			throw new Refusal("market.error.categoryHasProducts", category.getName());
		}
		categories.delete(category);
	}

	private static String name(String name) {
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty()) {
			throw new Refusal("market.error.categoryName");
		}
		if (clean.length() > MAX_NAME) {
			throw new Refusal("market.error.categoryNameLong", MAX_NAME);
		}
		return clean;
	}

	private static void requireStaff() {
		if (!Authorities.isStaff()) {
			throw new AccessDeniedException("staff only");
		}
	}
}
