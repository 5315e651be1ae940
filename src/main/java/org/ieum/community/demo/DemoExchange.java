package org.ieum.community.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.community.exchange.ExchangeCategory;
import org.ieum.community.exchange.ExchangePost;
import org.ieum.community.exchange.ExchangePostRepository;
import org.ieum.community.exchange.ExchangeSetting;
import org.ieum.community.exchange.ExchangeSettingRepository;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.enterprises.OrganizationSummary;
import org.ieum.identity.IdentityApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few posts on Gimhae's exchange board by the organization {@code member@ieum.example} manages (a
 * group purchase, resources to share, a job) and one on Busan's, dated over the last weeks; Gimhae
 * opens its board to citizens, Busan keeps it for managers of organizations. Added only while there
 * are no posts.
 */
@Component
@Order(96)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoExchange implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoExchange.class);

	private final ExchangePostRepository posts;
	private final ExchangeSettingRepository settings;
	private final EnterprisesApi enterprises;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final Clock clock;

	DemoExchange(ExchangePostRepository posts, ExchangeSettingRepository settings, EnterprisesApi enterprises,
			CentersApi centers, IdentityApi identity, Clock clock) {
		this.posts = posts;
		this.settings = settings;
		this.enterprises = enterprises;
		this.centers = centers;
		this.identity = identity;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<CenterSummary> gimhae = centers.findBySlug("gimhae");
		Optional<CenterSummary> busan = centers.findBySlug("busan");
		Optional<Long> member = identity.findAccountIdByEmail("member@ieum.example");
		List<OrganizationSummary> managed = member.map(enterprises::managedBy).orElse(List.of());
		if (posts.count() > 0 || gimhae.isEmpty() || busan.isEmpty() || managed.isEmpty()) {
			return;
		}
		OrganizationSummary bakery = managed.get(0);
		long author = member.get();
		Instant now = clock.instant();
		long day = 24 * 3600;
		long g = gimhae.get().id();
		posts.save(new ExchangePost(g, bakery.id(), bakery.name(), author, ExchangeCategory.GROUP_BUYING,
				"친환경 포장재 공동구매 함께하실 곳을 찾습니다",
				"종이 완충재와 생분해 비닐을 함께 주문하면 단가가 20% 가까이 내려갑니다.\n다음 달 말까지 수량을 모아 한 번에 주문하려고 합니다. 관심 있는 조직은 연락 주세요.",
				now.minusSeconds(12 * day)));
		posts.save(new ExchangePost(g, bakery.id(), bakery.name(), author, ExchangeCategory.SHARING,
				"업소용 오븐 한 대 나눕니다",
				"설비를 바꾸면서 쓰던 업소용 컨벡션 오븐 한 대가 남았습니다. 작동에 문제는 없고, 직접 가져가실 사회적경제 조직에 무상으로 드립니다.",
				now.minusSeconds(5 * day)));
		posts.save(new ExchangePost(g, bakery.id(), bakery.name(), author, ExchangeCategory.HIRING,
				"제과 보조 인력(주 3일) 구합니다",
				"주 3일, 오전 7시부터 오후 1시까지 함께 일할 제과 보조 인력을 찾습니다. 취약계층 고용 연계를 환영합니다.",
				now.minusSeconds(2 * day)));
		posts.save(new ExchangePost(busan.get().id(), bakery.id(), bakery.name(), author, ExchangeCategory.COLLABORATION,
				"지역 카페와 함께 할 로컬 디저트 협업을 제안합니다",
				"부산 지역 협동조합 카페에 납품할 로컬 디저트 메뉴를 함께 기획할 곳을 찾습니다.", now.minusSeconds(3 * day)));
		settings.save(new ExchangeSetting(g, true));
		log.info("Demo exchange: 4 posts by {}", bakery.name());
	}
}
