package org.ieum.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.ieum.enterprises.records.Product;
import org.ieum.enterprises.records.ProductRepository;
import org.ieum.market.catalog.ListingRefresh;
import org.ieum.support.DemoStaff;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The showcase as visitors and staff use it: the demo organizations' products in every portal (only the
 * portal's own) and the network, Korean search with facets, the product page, featured products on the
 * home page, the JSON API, staff details and categories with their refusals, and new products arriving.
 */
@IeumSpringTest
class ShowcaseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProductRepository products;

	@Autowired
	ListingRefresh refresh;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	private long productId(String name) {
		return jdbc.queryForObject("select min(product_id) from market_listing where name = ?", Long.class, name);
	}

	@Test
	void aPortalShowsItsOwnOrganizationsProductsAndTheNetworkShowsAll() throws Exception {
		mvc.perform(get("/c/busan/market"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("우리밀 식빵")))
			.andExpect(content().string(not(containsString("성탄 케이크"))));
		mvc.perform(get("/market"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("우리밀 식빵")))
			.andExpect(content().string(containsString("성탄 케이크")));
		// a product of another center's organization is not a page of this portal
		mvc.perform(get("/c/busan/market/products/{id}", productId("성탄 케이크"))).andExpect(status().isNotFound());
		mvc.perform(get("/c/gwangju/market/products/{id}", productId("성탄 케이크"))).andExpect(status().isOk());
	}

	@Test
	void koreanWordsFindProductsWhateverTheSpacingAndFacetsNarrowThem() throws Exception {
		mvc.perform(get("/market").param("q", "식빵"))
			.andExpect(content().string(containsString("우리밀 식빵")))
			.andExpect(content().string(not(containsString("새활용 가방"))));
		// the organization's name finds its products too
		mvc.perform(get("/market").param("q", "행복베이커리"))
			.andExpect(content().string(containsString("단체 간식 꾸러미")));
		long food = jdbc.queryForObject("select id from market_category where name = '식품'", Long.class);
		// 식품 holds what is in the categories below it (제과·제빵, 도시락·반찬)
		mvc.perform(get("/api/v1/products").param("category", String.valueOf(food)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", hasItem("우리밀 식빵")))
			.andExpect(jsonPath("$.items[*].name", hasItem("박대 정식")))
			.andExpect(jsonPath("$.items[*].name", not(hasItem("새활용 가방"))))
			.andExpect(jsonPath("$.categories[*].label", hasItem("제과·제빵")));
		mvc.perform(get("/api/v1/products").param("price", "QUOTE").param("center", "busan"))
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)))
			.andExpect(jsonPath("$.items[*].priceWon", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue())));
		mvc.perform(get("/api/v1/products").param("sido", "광주광역시"))
			.andExpect(jsonPath("$.items[*].name", hasItem("성탄 케이크")))
			.andExpect(jsonPath("$.items[*].name", not(hasItem("우리밀 식빵"))));
		mvc.perform(get("/api/v1/products").param("type", "VILLAGE_ENTERPRISE").param("center", "gimhae"))
			.andExpect(jsonPath("$.items[*].name", hasItem("반찬 꾸러미")))
			.andExpect(jsonPath("$.items[*].name", not(hasItem("토기 체험"))));
		mvc.perform(get("/api/v1/products").param("center", "nowhere")).andExpect(status().isNotFound());
		// a page far past the end is an empty page, not an error
		mvc.perform(get("/market").param("page", String.valueOf(Integer.MAX_VALUE))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/products").param("page", String.valueOf(Integer.MAX_VALUE)))
			.andExpect(jsonPath("$.items").isEmpty());
		mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/v1/products'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/products/{id}'].get").exists());
	}

	@Test
	void theProductPageShowsWhatABuyerNeedsAndTheHomePageTheFeaturedProducts() throws Exception {
		mvc.perform(get("/c/busan/market/products/{id}", productId("우리밀 식빵")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("식품 &gt; 제과·제빵")))
			.andExpect(content().string(containsString("20개")))
			.andExpect(content().string(containsString("부산 전역")))
			.andExpect(content().string(containsString("10,000원")));
		mvc.perform(get("/c/busan/market/products/{id}", productId("독서 모임")))
			.andExpect(content().string(containsString("견적 문의")));
		mvc.perform(get("/c/busan"))
			.andExpect(content().string(containsString("추천 제품·서비스")))
			.andExpect(content().string(containsString("/c/busan/market/products/" + productId("우리밀 식빵"))));
		mvc.perform(get("/api/v1/products/{id}", productId("우리밀 식빵")))
			.andExpect(jsonPath("$.minOrder").value("20개"))
			.andExpect(jsonPath("$.featured").value(true));
	}

	@Test
	void staffDescribeAndFeatureTheirOwnOrganizationsProductsOnly() throws Exception {
		MockHttpSession busan = DemoStaff.session(mvc, "busan");
		MockHttpSession gimhae = DemoStaff.session(mvc, "gimhae");
		long bag = productId("새활용 가방");
		long crafts = jdbc.queryForObject("select id from market_category where name = '공예·생활용품'", Long.class);
		mvc.perform(post("/admin/market/products/{id}", bag).session(gimhae).with(csrf())
			.param("categoryId", String.valueOf(crafts)).param("minOrder", "1개"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/market/products/{id}", bag).session(busan).with(csrf())
			.param("categoryId", String.valueOf(crafts)).param("minOrder", "가".repeat(101)).param("deliveryRegion", "전국"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("최소 주문은 100자까지 쓸 수 있습니다.")));
		assertThat(jdbc.queryForObject("select min_order from market_listing where product_id = ?", String.class, bag))
			.isEqualTo("10개");
		mvc.perform(post("/admin/market/products/{id}", bag).session(busan).with(csrf())
			.param("categoryId", "999999").param("minOrder", "3개"))
			.andExpect(content().string(containsString("없는 분류입니다.")));
		mvc.perform(post("/admin/market/products/{id}", bag).session(busan).with(csrf())
			.param("categoryId", String.valueOf(crafts)).param("minOrder", "3개").param("deliveryRegion", "부산·울산"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/market/products/{id}", bag)).andExpect(content().string(containsString("부산·울산")));
		mvc.perform(post("/admin/market/products/{id}/featured", bag).session(busan).with(csrf()).param("featured", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/c/busan")).andExpect(content().string(containsString("새활용 가방")));
		mvc.perform(post("/admin/market/products/{id}/featured", bag).session(busan).with(csrf()).param("featured", "false"));
		mvc.perform(get("/admin/market").session(busan))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("성탄 케이크"))));
		// hundreds of Busan products come fifty to a page, each product once, all of them counted
		int busanProducts = jdbc.queryForObject("select count(distinct product_id) from market_listing_center "
				+ "where center_id = ?", Integer.class, DemoStaff.centerId(jdbc, "busan"));
		assertThat(busanProducts).isGreaterThan(50);
		String firstPage = mvc.perform(get("/admin/market").session(busan)).andReturn().getResponse().getContentAsString();
		assertThat(firstPage.split("/admin/market/products/", -1).length - 1).isEqualTo(50);
		assertThat(firstPage).contains("제품·서비스 " + busanProducts + "개").contains("다음");
		mvc.perform(get("/admin/market").session(busan).param("page", String.valueOf(busanProducts / 50)))
			.andExpect(content().string(containsString("이전")));
	}

	@Test
	void categoriesKeepTheirPlaceAndAreNeverRemovedWithProductsInThem() throws Exception {
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		long food = jdbc.queryForObject("select id from market_category where name = '식품'", Long.class);
		int before = jdbc.queryForObject("select count(*) from market_category", Integer.class);
		mvc.perform(post("/admin/market/categories").session(staff).with(csrf()).param("parentId", String.valueOf(food))
			.param("name", " 제과·제빵 "))
			.andExpect(Flashes.error("같은 자리에 '제과·제빵' 분류가 이미 있습니다."));
		mvc.perform(post("/admin/market/categories").session(staff).with(csrf()).param("name", "  "))
			.andExpect(Flashes.error("분류 이름을 적어 주세요."));
		mvc.perform(post("/admin/market/categories/{id}/delete", food).session(staff).with(csrf()))
			.andExpect(Flashes.error("'식품' 아래에 하위 분류가 있어 삭제할 수 없습니다. 하위 분류를 먼저 삭제해 주세요."));
		long bakery = jdbc.queryForObject("select id from market_category where name = '제과·제빵'", Long.class);
		mvc.perform(post("/admin/market/categories/{id}/delete", bakery).session(staff).with(csrf()))
			.andExpect(Flashes.error(containsString("제품·서비스가 있어 삭제할 수 없습니다")));
		assertThat(jdbc.queryForObject("select count(*) from market_category", Integer.class)).isEqualTo(before);

		mvc.perform(post("/admin/market/categories").session(staff).with(csrf()).param("parentId", String.valueOf(food))
			.param("name", "떡·한과"));
		long rice = jdbc.queryForObject("select id from market_category where name = '떡·한과'", Long.class);
		mvc.perform(get("/admin/market/categories").session(staff)).andExpect(content().string(containsString("식품 &gt; 떡·한과")));
		mvc.perform(post("/admin/market/categories/{id}/delete", rice).session(staff).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from market_category", Integer.class)).isEqualTo(before);
	}

	@Test
	void aNewProductJoinsTheShowcaseAsSoonAsItIsSavedAndAGoneOneLeavesIt() throws Exception {
		long organization = jdbc.queryForObject(
				"select id from enterprises_organization where name = '가야공예 사회적협동조합' order by id limit 1", Long.class);
		// saved in a transaction of its own: its commit is announced and the showcase compares that organization
		Product product = products.save(new Product(organization, "가야 토기 머그잔", "손으로 빚은 머그잔", 25_000L, Instant.now()));
		mvc.perform(get("/c/gimhae/market").param("q", "머그잔")).andExpect(content().string(containsString("가야 토기 머그잔")));
		mvc.perform(get("/api/v1/products").param("q", "머그잔").param("price", "TO_50K"))
			.andExpect(jsonPath("$.total").value(1));
		products.delete(product);
		mvc.perform(get("/market").param("q", "머그잔")).andExpect(content().string(not(containsString("가야 토기 머그잔"))));
		mvc.perform(get("/market/products/{id}", product.getId())).andExpect(status().isNotFound());
		// the full comparison finds nothing left to do
		assertThat(refresh.refresh()).isEqualTo(new ListingRefresh.Outcome(0, 0, 0));
	}

	@Test
	void aProductWrittenInATransactionThatRollsBackNeverReachesTheShowcase() throws Exception {
		long organization = jdbc.queryForObject(
				"select id from enterprises_organization where name = '가야공예 사회적협동조합' order by id limit 1", Long.class);
		new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
			products.save(new Product(organization, "되돌린 찻잔", "저장하지 않은 제품", 9_000L, Instant.now()));
			status.setRollbackOnly();
		});
		mvc.perform(get("/market").param("q", "찻잔")).andExpect(content().string(not(containsString("되돌린 찻잔"))));
		assertThat(jdbc.queryForObject("select count(*) from market_listing where name = '되돌린 찻잔'", Integer.class))
			.isZero();
	}
}
