package org.ieum.enterprises;

import org.ieum.enterprises.administration.OrganizationAdministration;
import org.ieum.enterprises.demo.DemoOrganizations;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.DesignationTerms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IeumSpringTest
class EnterprisesFlowTests {

	private static final String PASSWORD = "ieum2026!";

	/** Numbers no demo organization uses (the demo's start with 9). */
	private static final AtomicInteger NEXT = new AtomicInteger(100);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrganizationAdministration administration;

	@Autowired
	DemoOrganizations demo;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	static String freshNumber() {
		String nine = String.format("3%02d7%05d", NEXT.get() % 100, NEXT.getAndIncrement());
		BusinessNumber number = new BusinessNumber(nine + BusinessNumber.checkDigitOf(nine));
		return number.formatted();
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andReturn().getRequest().getSession();
	}

	private long centerId(String slug) {
		return jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
	}

	private long organizationCount() {
		return jdbc.queryForObject("select count(*) from enterprises_organization", Long.class);
	}

	private MockHttpServletRequestBuilder createRequest(String number, String name, long centerId) {
		return post("/admin/organizations/new").with(csrf()).param("businessNumber", number).param("name", name)
			.param("centerIds", String.valueOf(centerId)).param("representative", "김대표").param("phone", "051-000-7777");
	}

	private long create(MockHttpSession staff, String number, String name, long centerId, boolean allowDuplicate)
			throws Exception {
		mvc.perform(createRequest(number, name, centerId).param("allowDuplicate", String.valueOf(allowDuplicate))
				.session(staff))
			.andExpect(status().is3xxRedirection());
		return jdbc.queryForObject("select max(id) from enterprises_organization where name = ?", Long.class, name);
	}

	@Test
	void aWrongBusinessNumberIsRefusedInKoreanAndNothingIsCreated() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		long before = organizationCount();
		mvc.perform(createRequest("124-81-00997", "틀린번호 협동조합", centerId("busan")).session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("올바른 사업자등록번호가 아닙니다")));
		mvc.perform(createRequest("124-81-00998", "", centerId("busan")).session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("필수 항목입니다")));
		assertThat(organizationCount()).isEqualTo(before);
	}

	@Test
	void aNumberTypedWithoutHyphensIsStoredNormalizedKeptRawAndShownWithHyphens() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		String number = freshNumber();
		long id = create(staff, number.replace("-", ""), "하이픈없는 협동조합", centerId("busan"), false);
		assertThat(jdbc.queryForMap("select business_number, business_number_raw from enterprises_organization where id = ?", id))
			.containsEntry("business_number", number.replace("-", ""))
			.containsEntry("business_number_raw", number.replace("-", ""));
		mvc.perform(get("/c/busan/organizations/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString(number)));
		// A second record with the same number needs the staff member's explicit word.
		mvc.perform(createRequest(number, "같은번호 협동조합", centerId("busan")).session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("이미 같은 사업자등록번호로 등록된 조직이 있습니다")));
	}

	@Test
	void designationsAreAddedEditedAndCancelledWithHistory() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		long id = create(staff, freshNumber(), "지정이력 사회적협동조합", centerId("busan"), false);
		mvc.perform(post("/admin/organizations/" + id + "/designations").with(csrf()).session(staff)
				.param("type", "PRE_SOCIAL_MINISTRY").param("status", "ACTIVE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("지정 부처를 입력해야 합니다")));
		assertThat(jdbc.queryForObject("select count(*) from enterprises_designation where organization_id = ?", Long.class, id)).isZero();

		mvc.perform(post("/admin/organizations/" + id + "/designations").with(csrf()).session(staff)
				.param("type", "PRE_SOCIAL_MINISTRY").param("ministry", "보건복지부").param("status", "ACTIVE")
				.param("designatedOn", "2025-01-01").param("validUntil", "2027-12-31"))
			.andExpect(status().is3xxRedirection());
		long designation = jdbc.queryForObject("select id from enterprises_designation where organization_id = ?", Long.class, id);
		mvc.perform(post("/admin/organizations/" + id + "/designations/" + designation).with(csrf()).session(staff)
				.param("type", "PRE_SOCIAL_MINISTRY").param("ministry", "보건복지부").param("status", "ACTIVE")
				.param("number", "부처-7").param("designatedOn", "2025-01-01").param("validUntil", "2027-12-31"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/organizations/" + id + "/designations/" + designation + "/cancel").with(csrf()).session(staff))
			.andExpect(status().is3xxRedirection());

		assertThat(jdbc.queryForMap("select number, status, source, ministry from enterprises_designation where id = ?", designation))
			.containsEntry("number", "부처-7").containsEntry("status", "CANCELLED").containsEntry("source", "MANUAL")
			.containsEntry("ministry", "보건복지부");
		assertThat(jdbc.queryForList("select field from enterprises_change where organization_id = ? order by id", String.class, id))
			.containsExactly("created", "designation", "designation", "designation");
		assertThat(jdbc.queryForObject("select actor_name from enterprises_change where organization_id = ? and field = 'designation' order by id limit 1",
				String.class, id)).isNotBlank();
		// staff read the history in words: the stored codes are turned into labels and names
		jdbc.update("insert into enterprises_change (organization_id, field, old_value, new_value, changed_at)"
				+ " values (?, 'centers', ?, ?, current_timestamp)", id, "[" + centerId("busan") + "]",
				"[" + centerId("busan") + ", " + centerId("gimhae") + "]");
		String page = mvc.perform(get("/admin/organizations/" + id).session(staff)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("예비사회적기업(부처형) 부처-7 ~2027-12-31 취소", "부산광역시 사회적경제지원센터, 김해")
			.doesNotContain("<td>PRE_SOCIAL_MINISTRY", "CANCELLED</td>");
	}

	@Test
	void profileEditsAreRecordedFieldByFieldAndOpeningThePageIsLogged() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		String number = freshNumber();
		long id = create(staff, number, "이력 협동조합", centerId("busan"), false);
		long logged = jdbc.queryForObject("select count(*) from identity_personal_data_access where detail like ?", Long.class,
				"%(#" + id + ")");
		mvc.perform(get("/admin/organizations/" + id).session(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("김대표")));
		assertThat(jdbc.queryForObject("select count(*) from identity_personal_data_access where detail like ?", Long.class,
				"%(#" + id + ")")).isEqualTo(logged + 1);

		mvc.perform(post("/admin/organizations/" + id).with(csrf()).session(staff).param("businessNumber", number)
				.param("centerIds", String.valueOf(centerId("busan"))).param("name", "이력 협동조합")
				.param("representative", "박대표").param("phone", "051-000-7777").param("employees", "3")
				.param("vulnerableEmployees", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("전체 근로자 수보다 많을 수 없습니다")));
		mvc.perform(post("/admin/organizations/" + id).with(csrf()).session(staff).param("businessNumber", number)
				.param("centerIds", String.valueOf(centerId("busan"))).param("name", "이력 협동조합")
				.param("representative", "박대표").param("phone", "051-000-7777"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForMap("select old_value, new_value from enterprises_change where organization_id = ? and field = 'representative'", id))
			.containsEntry("old_value", "김대표").containsEntry("new_value", "박대표");
	}

	@Test
	void mergingMovesDesignationsProductsManagersCentersAndHistoryAndRecordsTheMerge() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		String number = freshNumber();
		long kept = create(staff, number, "병합 남길 협동조합", centerId("busan"), false);
		long duplicate = create(staff, number, "병합 지울 협동조합", centerId("busan"), true);
		jdbc.update("insert into enterprises_organization_center (organization_id, center_id) values (?, ?)", duplicate,
				centerId("gimhae"));
		mvc.perform(post("/admin/organizations/" + duplicate + "/designations").with(csrf()).session(staff)
				.param("type", "COOPERATIVE").param("status", "ACTIVE"))
			.andExpect(status().is3xxRedirection());
		jdbc.update("insert into enterprises_product (organization_id, name, created_at) values (?, '병합 제품', current_timestamp)", duplicate);
		jdbc.update("insert into enterprises_manager (organization_id, account_id, since) values (?, 424242, current_timestamp)", duplicate);

		mvc.perform(post("/admin/organizations/" + kept + "/merge").with(csrf()).session(staff)
				.param("duplicateId", String.valueOf(duplicate)))
			.andExpect(status().is3xxRedirection());

		assertThat(jdbc.queryForObject("select count(*) from enterprises_organization where id = ?", Long.class, duplicate)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from enterprises_designation where organization_id = ?", Long.class, kept)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from enterprises_product where organization_id = ?", Long.class, kept)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from enterprises_manager where organization_id = ? and account_id = 424242", Long.class, kept)).isEqualTo(1);
		assertThat(jdbc.queryForList("select center_id from enterprises_organization_center where organization_id = ?", Long.class, kept))
			.containsExactlyInAnyOrder(centerId("busan"), centerId("gimhae"));
		List<String> fields = jdbc.queryForList("select field from enterprises_change where organization_id = ?", String.class, kept);
		assertThat(fields).contains("merged", "centers").filteredOn("created"::equals).hasSize(2);
	}

	@Test
	void recordsWithDifferentNumbersAreNotMerged() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		long a = create(staff, freshNumber(), "번호다른 가 협동조합", centerId("busan"), false);
		long b = create(staff, freshNumber(), "번호다른 나 협동조합", centerId("busan"), false);
		mvc.perform(post("/admin/organizations/" + a + "/merge").with(csrf()).session(staff).param("duplicateId", String.valueOf(b)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from enterprises_organization where id in (?, ?)", Long.class, a, b)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from enterprises_change where organization_id = ? and field = 'merged'", Long.class, a)).isZero();
	}

	@Test
	void staffOfAnotherCenterGet403AndTheServiceRefusesThemToo() throws Exception {
		MockHttpSession busanStaff = login("staff.busan@ieum.example");
		long id = create(busanStaff, freshNumber(), "부산소관 협동조합", centerId("busan"), false);
		MockHttpSession gimhaeStaff = login("staff.gimhae@ieum.example");
		mvc.perform(get("/admin/organizations/" + id).session(gimhaeStaff)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/organizations/" + id + "/status").with(csrf()).session(gimhaeStaff).param("status", "CLOSED"))
			.andExpect(status().isForbidden());
		mvc.perform(createRequest(freshNumber(), "남의센터 협동조합", centerId("busan")).session(gimhaeStaff))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select status from enterprises_organization where id = ?", String.class, id)).isEqualTo("ACTIVE");
		String html = mvc.perform(get("/admin/organizations").session(gimhaeStaff)).andReturn().getResponse().getContentAsString();
		assertThat(html).doesNotContain("부산소관 협동조합");

		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("gimhae", null,
				"ROLE_CENTER_STAFF", "CENTER_" + centerId("gimhae")));
		assertThatThrownBy(() -> administration.changeStatus(id, OrganizationStatus.CLOSED)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> administration.addDesignation(id, new DesignationTerms(DesignationType.COOPERATIVE, null, null,
				null, null, null, null, null, DesignationStatus.ACTIVE))).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void staffMarkAnOrganizationSuspendedOrClosedAndClosedOnesLeaveThePublicList() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		long id = create(staff, freshNumber(), "폐업예정 협동조합", centerId("busan"), false);
		mvc.perform(post("/admin/organizations/" + id + "/status").with(csrf()).session(staff).param("status", "CLOSED"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/c/busan/organizations").param("q", "폐업예정")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("폐업예정 협동조합"))));
		assertThat(jdbc.queryForObject("select new_value from enterprises_change where organization_id = ? and field = 'status'", String.class, id))
			.isEqualTo("CLOSED");
		// staff read the change in words, not codes
		String page = mvc.perform(get("/admin/organizations/" + id).session(staff)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<td>운영 중</td>").contains("<td>폐업</td>");
	}

	@Test
	void memberACannotEditMemberBsOrganization() throws Exception {
		long memberOrg = jdbc.queryForObject("select o.id from enterprises_organization o join enterprises_manager m on m.organization_id = o.id"
				+ " join identity_account a on a.id = m.account_id where a.email = 'member@ieum.example' order by o.id limit 1", Long.class);
		MockHttpSession member = login("member@ieum.example");
		mvc.perform(get("/my/organizations/" + memberOrg).session(member)).andExpect(status().isOk());
		String name = jdbc.queryForObject("select name from enterprises_organization where id = ?", String.class, memberOrg);

		MockHttpSession other = login("citizen@ieum.example");
		mvc.perform(get("/my/organizations/" + memberOrg).session(other)).andExpect(status().isForbidden());
		mvc.perform(post("/my/organizations/" + memberOrg).with(csrf()).session(other).param("name", "가로챈 이름"))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/my/organizations/" + memberOrg + "/products").with(csrf()).session(other).param("name", "끼워넣기"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select name from enterprises_organization where id = ?", String.class, memberOrg)).isEqualTo(name);
		// Nor may a manager reach designations: those pages are under /admin.
		mvc.perform(get("/admin/organizations/" + memberOrg).session(member)).andExpect(status().isForbidden());
	}

	@Test
	void aMemberAsksStaffApproveAndThenTheMemberEditsThatOrganizationOnly() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		String number = freshNumber();
		long id = create(staff, number, "신청받을 협동조합", centerId("busan"), false);
		MockHttpSession member = login("citizen@ieum.example");
		mvc.perform(post("/my/organizations/claims").with(csrf()).session(member).param("businessNumber", "123-45-67899")
				.param("note", "대표입니다"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("올바른 사업자등록번호가 아닙니다")));
		mvc.perform(post("/my/organizations/claims").with(csrf()).session(member).param("businessNumber", number.replace("-", ""))
				.param("note", "대표입니다"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/my/organizations/claims").with(csrf()).session(member).param("businessNumber", number)
				.param("note", "다시 신청"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("이미 검토 중입니다")));
		mvc.perform(get("/my/organizations/" + id).session(member)).andExpect(status().isForbidden());

		long claim = jdbc.queryForObject("select id from enterprises_claim where organization_id = ?", Long.class, id);
		MockHttpSession gimhaeStaff = login("staff.gimhae@ieum.example");
		mvc.perform(post("/admin/organizations/claims/" + claim + "/approve").with(csrf()).session(gimhaeStaff))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/organizations/claims").session(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("신청받을 협동조합")));
		mvc.perform(post("/admin/organizations/claims/" + claim + "/approve").with(csrf()).session(staff)
				.param("decisionNote", "확인했습니다"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/my/organizations").session(member)).andExpect(content().string(containsString("신청받을 협동조합")));
		mvc.perform(post("/my/organizations/" + id).with(csrf()).session(member).param("name", "신청받을 협동조합")
				.param("mainBusiness", "마을 빵집"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select main_business from enterprises_organization where id = ?", String.class, id))
			.isEqualTo("마을 빵집");
		assertThat(jdbc.queryForList("select field from enterprises_change where organization_id = ?", String.class, id))
			.contains("manager", "mainBusiness");
		assertThat(jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = 'citizen@ieum.example' and subject like '%승인%'",
				Long.class)).isPositive();
		assertThat(jdbc.queryForObject(
				"select count(*) from identity_role_grant g join identity_account a on a.id = g.account_id where a.email = 'citizen@ieum.example' and g.role = 'ENTERPRISE_MEMBER'",
				Long.class)).as("an approved manager becomes an enterprise member").isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"select count(*) from identity_role_audit where role = 'ENTERPRISE_MEMBER' and actor_email = 'staff.busan@ieum.example'",
				Long.class)).isEqualTo(1);
		mvc.perform(get("/my").session(member)).andExpect(content().string(containsString("href=\"/my/organizations\"")));
	}

	@Test
	void theExpiryListUsesTheSeoulDateAtTheDayBoundary() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		long id = create(staff, freshNumber(), "만료경계 협동조합", centerId("busan"), false);
		for (String until : List.of("2031-03-01", "2031-03-02", "2031-05-31", "2031-06-01")) {
			mvc.perform(post("/admin/organizations/" + id + "/designations").with(csrf()).session(staff)
					.param("type", "COOPERATIVE").param("status", "ACTIVE").param("number", until).param("validUntil", until))
				.andExpect(status().is3xxRedirection());
		}
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("busan", null,
				"ROLE_CENTER_STAFF", "CENTER_" + centerId("busan")));
		// 15:30 UTC on 1 March is 00:30 on 2 March in Seoul: 1 March has passed, and 90 days on is 31 May.
		Instant justAfterMidnightInSeoul = Instant.parse("2031-03-01T15:30:00Z");
		List<String> numbers = administration.expiringAsOf(justAfterMidnightInSeoul).stream()
			.filter(d -> d.getOrganizationId() == id).map(Designation::getNumber).toList();
		assertThat(numbers).containsExactly("2031-03-02", "2031-05-31");
		List<String> dayBefore = administration.expiringAsOf(Instant.parse("2031-03-01T14:30:00Z")).stream()
			.filter(d -> d.getOrganizationId() == id).map(Designation::getNumber).toList();
		// An hour earlier it is still 1 March in Seoul: 1 March is in, and the window ends on 30 May.
		assertThat(dayBefore).containsExactly("2031-03-01", "2031-03-02");
		mvc.perform(get("/admin/organizations/expiring").session(staff)).andExpect(status().isOk());
	}

	@Test
	void aTextFileRenamedPngIsRefusedAndARealPngIsStoredAndServed() throws Exception {
		long memberOrg = jdbc.queryForObject("select o.id from enterprises_organization o join enterprises_manager m on m.organization_id = o.id"
				+ " join identity_account a on a.id = m.account_id where a.email = 'member@ieum.example' order by o.id limit 1", Long.class);
		MockHttpSession member = login("member@ieum.example");
		long before = jdbc.queryForObject("select count(*) from enterprises_product", Long.class);
		MockMultipartFile fake = new MockMultipartFile("photo", "photo.png", "image/png",
				"<script>alert(1)</script> not a picture".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/my/organizations/" + memberOrg + "/products").file(fake).with(csrf()).session(member)
				.param("name", "가짜 사진 제품"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("JPEG, PNG, WebP 사진만 올릴 수 있습니다")));
		assertThat(jdbc.queryForObject("select count(*) from enterprises_product", Long.class)).isEqualTo(before);

		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
		mvc.perform(multipart("/my/organizations/" + memberOrg + "/products").file(new MockMultipartFile("photo", "a.txt",
				"text/plain", png.toByteArray())).with(csrf()).session(member).param("name", "진짜 사진 제품").param("priceWon", "12000"))
			.andExpect(status().is3xxRedirection());
		long product = jdbc.queryForObject("select id from enterprises_product where name = '진짜 사진 제품'", Long.class);
		assertThat(jdbc.queryForObject("select photo_type from enterprises_product where id = ?", String.class, product)).isEqualTo("image/png");
		mvc.perform(get("/organizations/photos/" + product)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"));
	}

	@Test
	void thePublicProfileAndApiShowNothingPersonal() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		long id = create(staff, freshNumber(), "공개정보 협동조합", centerId("busan"), false);
		mvc.perform(get("/c/busan/organizations/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("공개정보 협동조합")))
			.andExpect(content().string(containsString("051-000-7777")))
			.andExpect(content().string(not(containsString("김대표"))));
		mvc.perform(get("/c/gimhae/organizations/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/organizations/" + id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("공개정보 협동조합"))
			.andExpect(jsonPath("$.representative").doesNotExist())
			.andExpect(content().string(not(containsString("김대표"))));
		mvc.perform(get("/api/v1/public/organizations/999999999")).andExpect(status().isNotFound());
	}

	private String unmarked(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8).replace("<mark>", "").replace("</mark>", "");
	}

	@Test
	void theDirectoryListsTheDemoOrganizationsOfACenterAndItsChildrenAndFiltersByName() throws Exception {
		// the search page marks the matched words: read the names without the marks
		assertThat(unmarked("/c/jeonbuk/organizations?q=한지공방")).contains("전주한지공방 협동조합");
		// 군산 is below 전북, so the province's directory holds it too.
		assertThat(unmarked("/c/jeonbuk/organizations?q=째보")).contains("군산째보선창 마을기업");
		String gunsan = mvc.perform(get("/c/gunsan/organizations").param("q", "째보")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString().replace("<mark>", "").replace("</mark>", "");
		assertThat(gunsan).contains("군산째보선창 마을기업").doesNotContain("새만금에너지");
		mvc.perform(get("/c/busan")).andExpect(content().string(containsString("기업 찾기")));
	}

	@Test
	void theDemoHoldsAnOrganizationWithThreeDesignationsAndAddsNothingOnASecondStart() throws Exception {
		assertThat(jdbc.queryForObject("select count(*) from enterprises_organization o where"
				+ " (select count(distinct d.type) from enterprises_designation d where d.organization_id = o.id"
				+ " and d.type in ('SOCIAL_COOPERATIVE', 'SOCIAL_ENTERPRISE', 'VILLAGE_ENTERPRISE')) = 3", Long.class)).isPositive();
		long organizations = organizationCount();
		long designations = jdbc.queryForObject("select count(*) from enterprises_designation", Long.class);
		demo.run(new DefaultApplicationArguments());
		assertThat(organizationCount()).isEqualTo(organizations);
		assertThat(jdbc.queryForObject("select count(*) from enterprises_designation", Long.class)).isEqualTo(designations);
	}

	@Test
	void mergeKeepsOneCopyOfADesignationBothRecordsCarry() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		String number = freshNumber();
		long kept = create(staff, number, "중복지정 남길 기업", centerId("busan"), false);
		long duplicate = create(staff, number, "중복지정 지울 기업", centerId("busan"), true);
		for (long id : new long[] { kept, duplicate }) {
			mvc.perform(post("/admin/organizations/" + id + "/designations").with(csrf()).session(staff)
					.param("type", "SOCIAL_ENTERPRISE").param("number", "제2020-101호").param("designatedOn", "2020-03-02")
					.param("status", "ACTIVE"))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/admin/organizations/" + kept + "/merge").with(csrf()).session(staff)
				.param("duplicateId", String.valueOf(duplicate)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject(
				"select count(*) from enterprises_designation where organization_id = ? and type = 'SOCIAL_ENTERPRISE'", Long.class, kept))
			.as("one social enterprise designation, not two").isEqualTo(1);
	}

	@Test
	void editingAnOrganizationKeepsTheRawNumberAsTyped() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		String number = freshNumber();
		String typed = number.replace("-", " ");
		long id = create(staff, typed, "원래번호 협동조합", centerId("busan"), false);
		mvc.perform(post("/admin/organizations/" + id).with(csrf()).session(staff).param("businessNumber", number)
				.param("name", "원래번호 협동조합 (이름 변경)").param("centerIds", String.valueOf(centerId("busan"))))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select name from enterprises_organization where id = ?", String.class, id))
			.isEqualTo("원래번호 협동조합 (이름 변경)");
		assertThat(jdbc.queryForObject("select business_number_raw from enterprises_organization where id = ?", String.class, id))
			.isEqualTo(typed);
	}

	@Test
	void absurdInputAnswersWithoutAServerError() throws Exception {
		mvc.perform(get("/c/busan/organizations").param("page", "200000000")).andExpect(status().isOk());
		MockHttpSession staff = login("staff.busan@ieum.example");
		long before = organizationCount();
		mvc.perform(createRequest(freshNumber() + "-".repeat(60), "아주 긴 번호 협동조합", centerId("busan")).session(staff))
			.andExpect(status().isOk());
		assertThat(organizationCount()).isEqualTo(before);
	}

	@Test
	void staffOpeningTheMembersFormSeeTheRepresentativeAndThatIsLogged() throws Exception {
		MockHttpSession staff = login("staff.busan@ieum.example");
		long id = create(staff, freshNumber(), "대표자 열람 협동조합", centerId("busan"), false);
		long before = jdbc.queryForObject(
				"select count(*) from identity_personal_data_access where actor_email = 'staff.busan@ieum.example' and detail like 'organization representative%'",
				Long.class);
		mvc.perform(get("/my/organizations/" + id).session(staff)).andExpect(status().isOk());
		assertThat(jdbc.queryForObject(
				"select count(*) from identity_personal_data_access where actor_email = 'staff.busan@ieum.example' and detail like 'organization representative%'",
				Long.class)).isGreaterThan(before);
	}

	@Test
	void aDeletedAccountNoLongerManagesAnythingAndClaimsForgetItsName() throws Exception {
		mvc.perform(post("/signup").with(csrf()).param("email", "leaving-manager@example.kr").param("password", "Sample-pass1")
				.param("passwordConfirm", "Sample-pass1").param("displayName", "떠나는 관리자").param("birthDate", "1985-01-01")
				.param("agreeTerms", "true").param("agreePrivacy", "true"))
			.andExpect(status().is3xxRedirection());
		MockHttpSession staff = login("staff.busan@ieum.example");
		String number = freshNumber();
		long id = create(staff, number, "떠나는 관리자의 협동조합", centerId("busan"), false);
		MockHttpSession member = (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email")
				.user("leaving-manager@example.kr").password("Sample-pass1")).andReturn().getRequest().getSession();
		mvc.perform(post("/my/organizations/claims").with(csrf()).session(member).param("businessNumber", number).param("note", "대표"))
			.andExpect(status().is3xxRedirection());
		long claim = jdbc.queryForObject("select id from enterprises_claim where organization_id = ?", Long.class, id);
		mvc.perform(post("/admin/organizations/claims/" + claim + "/approve").with(csrf()).session(staff))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from enterprises_manager where organization_id = ?", Long.class, id)).isEqualTo(1);

		mvc.perform(post("/my/delete").with(csrf()).session(member).param("password", "Sample-pass1").param("confirm", "true"))
			.andExpect(status().is3xxRedirection());

		assertThat(jdbc.queryForObject("select count(*) from enterprises_manager where organization_id = ?", Long.class, id)).isZero();
		assertThat(jdbc.queryForObject("select claimant_email from enterprises_claim where id = ?", String.class, claim))
			.doesNotContain("leaving-manager");
		assertThat(jdbc.queryForObject("select claimant_name from enterprises_claim where id = ?", String.class, claim))
			.isNotEqualTo("떠나는 관리자");
	}

	@Test
	void theNextPageLinkKeepsTheFilters() throws Exception {
		MockHttpSession admin = login("admin@ieum.example");
		String all = mvc.perform(get("/admin/organizations?q=").session(admin))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(all).as("more than 30 organizations match: the next page keeps the query")
			.contains("href=\"/admin/organizations?q=&amp;page=1\"");
	}
}
