package org.ieum.enterprises.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.IndustrySection;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.DesignationRepository;
import org.ieum.enterprises.records.DesignationTerms;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationProfile;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.enterprises.records.Product;
import org.ieum.enterprises.records.ProductRepository;
import org.ieum.enterprises.search.SearchResults.Facet;
import org.ieum.enterprises.search.SearchResults.Hit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Indexing on PostgreSQL: the contents binder's queries, the change listener and a full rebuild. */
@IeumPostgresTest
class SearchPostgresTests {

	/** A center no other test uses, so counts are exact in the shared database. */
	private static final long CENTER = 880_101L;

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	DesignationRepository designations;

	@Autowired
	ProductRepository products;

	@Autowired
	OrganizationSearch search;

	@Autowired
	SearchIndex index;

	@Autowired
	TransactionTemplate tx;

	private Organization save(String name, String business, int index) {
		String nine = String.format("2%02d9%05d", index % 100, index);
		BusinessNumber number = new BusinessNumber(nine + BusinessNumber.checkDigitOf(nine));
		return organizations.save(new Organization(number.formatted(), number, Set.of(CENTER),
				new OrganizationProfile(name, null, null, "부산광역시", "사상구", null, null, null, null, IndustrySection.C,
						business, null, null, null, null, null),
				Instant.now()));
	}

	@Test
	void productsAndDesignationsSavedOnPostgresqlAreSearchableAndCounted() {
		long bakery = tx.execute(s -> {
			Organization o = save("포스트그레스 우리밀제과", "빵을 굽습니다", 1);
			designations.save(new Designation(o.getId(), new DesignationTerms(DesignationType.SOCIAL_ENTERPRISE, null, null,
					null, null, 1, LocalDate.of(2023, 1, 1), null, DesignationStatus.ACTIVE), Designation.MANUAL, Instant.now()));
			return o.getId();
		});
		long shop = tx.execute(s -> save("포스트그레스 책방", "동네 서점", 2).getId());
		tx.executeWithoutResult(s -> products.save(new Product(shop, "그림책 꾸러미", "어린이 그림책 세 권", 15_000L, Instant.now())));

		assertThat(ids(search.search(Set.of(CENTER), new SearchQuery("그림책", null, null, null, null, null, null, null, 0))))
			.containsExactly(shop);
		SearchResults all = search.search(Set.of(CENTER), new SearchQuery("", null, null, null, null, null, null, null, 0));
		assertThat(all.hits().getTotalElements()).isEqualTo(2);
		assertThat(counts(all, "type")).isEqualTo(Map.of("SOCIAL_ENTERPRISE", 1L));
		assertThat(counts(all, "industry")).isEqualTo(Map.of("C", 2L));

		// a full rebuild reads the same from PostgreSQL
		assertThat(index.rebuild().failure()).isNull();
		assertThat(ids(search.search(Set.of(CENTER), new SearchQuery("우리밀", null, null, null, null, null, null, null, 0))))
			.containsExactly(bakery);
		assertThat(index.status().indexed()).isEqualTo(index.status().inDatabase());
	}

	private static List<Long> ids(SearchResults results) {
		return results.hits().getContent().stream().map(Hit::id).toList();
	}

	private static Map<String, Long> counts(SearchResults results, String param) {
		return results.facets().stream().filter(f -> f.param().equals(param)).findFirst().map(Facet::values)
			.orElse(List.of()).stream()
			.collect(Collectors.toMap(SearchResults.FacetValue::value, SearchResults.FacetValue::count));
	}
}
