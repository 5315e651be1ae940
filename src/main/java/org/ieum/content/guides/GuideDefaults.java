package org.ieum.content.guides;

import java.util.EnumMap;
import java.util.Map;

/**
 * The text a guide section shows until the center writes its own, and the text the editor starts from: the national
 * rules every center shares (사회적기업 육성법, 협동조합 기본법, 마을기업 and 자활기업 guidelines), worded so a founder
 * can act on them, with the yearly details left to the ministries' notices.
 */
final class GuideDefaults {

	private static final String CHECK_NOTICE = "<p>해마다 바뀌는 세부 기준과 날짜는 주관 기관의 공고를 확인해 주세요. 센터에 상담을 신청하면 준비를 함께 살펴 드립니다.</p>";

	private static final Map<GuideTopic, Map<GuideSection, String>> TEXTS = new EnumMap<>(GuideTopic.class);

	static {
		put(GuideTopic.SOCIAL_ENTERPRISE,
				"<ol><li>인증 요건을 스스로 점검하고 센터와 준비 상담을 합니다.</li>"
						+ "<li>사회적기업 통합정보시스템에서 인증을 신청합니다.</li>"
						+ "<li>한국사회적기업진흥원이 서류를 검토하고 현장을 확인합니다.</li>"
						+ "<li>사회적기업육성전문위원회가 심의하고 고용노동부 장관이 인증합니다.</li>"
						+ "<li>인증서를 받은 뒤에는 해마다 사업보고서를 냅니다.</li></ol>",
				"<p>사회적기업 육성법 제8조의 일곱 가지 요건을 모두 갖추어야 합니다.</p><ol>"
						+ "<li>조직 형태: 민법상 법인·조합, 상법상 회사, 비영리민간단체, 사회복지법인, 협동조합 등</li>"
						+ "<li>유급근로자를 고용해 재화나 서비스를 생산·판매하는 영업활동(신청 전 6개월 정도의 영업 실적)</li>"
						+ "<li>취약계층 일자리·사회서비스 제공 등 사회적 목적의 실현을 주된 목적으로 할 것</li>"
						+ "<li>서비스 수혜자와 근로자 등 이해관계자가 참여하는 의사결정 구조</li>"
						+ "<li>영업활동으로 얻은 수입이 노무비의 50% 이상</li>"
						+ "<li>법 제9조의 사항을 적은 정관이나 규약</li>"
						+ "<li>상법상 회사는 배분 가능한 이윤의 3분의 2 이상을 사회적 목적에 사용</li></ol>",
				"<ul><li>인증 신청서</li><li>정관이나 규약</li><li>법인 등기사항증명서 또는 고유번호증, 사업자등록증</li>"
						+ "<li>사업계획서와 사회적 목적 실현 계획</li><li>유급근로자 명부와 4대 보험 가입 확인 자료</li>"
						+ "<li>최근 영업 실적과 노무비를 보여 주는 재무 자료</li>"
						+ "<li>의사결정 구조를 보여 주는 운영 규정이나 회의록</li></ul>",
				"<ul><li>인증 심사는 한 해에 세 차례 정도 열립니다. 차수마다 신청 기간이 공고됩니다.</li>"
						+ "<li>인증 뒤에는 매년 4월 말과 10월 말을 기준으로 사업보고서를 냅니다(법 제17조). 내지 않으면 과태료가 부과될 수 있습니다.</li></ul>"
						+ CHECK_NOTICE);
		put(GuideTopic.PRE_SOCIAL_REGIONAL,
				"<ol><li>시·도(광역자치단체)의 예비사회적기업 지정 공고를 확인합니다.</li>"
						+ "<li>공고에 따라 신청서와 사업계획서를 냅니다.</li>"
						+ "<li>시·도가 서류와 면접으로 심사해 지정합니다.</li>"
						+ "<li>지정 기간 동안 인증 요건을 갖추어 사회적기업 인증에 도전합니다.</li></ol>",
				"<p>사회적기업 인증 요건 가운데 조직 형태, 유급근로자 고용과 영업활동, 사회적 목적의 실현, 정관 등을 갖추어야 합니다. "
						+ "영업수입 비율처럼 아직 갖추지 못한 요건은 지정 기간 안에 갖추어 가면 됩니다. 지역 특성에 맞는 기준은 시·도 공고를 따릅니다.</p>",
				"<ul><li>지정 신청서</li><li>사업계획서와 사회적 목적 실현 계획</li><li>정관이나 규약</li>"
						+ "<li>법인 등기사항증명서 또는 고유번호증, 사업자등록증</li><li>유급근로자 명부</li></ul>",
				"<ul><li>시·도마다 한 해에 한두 차례 지정 공고를 냅니다.</li>"
						+ "<li>지정 기간은 최대 3년이며, 그 안에 사회적기업 인증을 받지 못하면 지정이 끝납니다.</li></ul>"
						+ CHECK_NOTICE);
		put(GuideTopic.PRE_SOCIAL_MINISTRY,
				"<ol><li>사업 분야를 맡은 중앙부처(예: 문화, 환경, 산림 분야의 부처)의 지정 공고를 확인합니다.</li>"
						+ "<li>공고에 따라 신청서와 사업계획서를 냅니다.</li>"
						+ "<li>부처가 심사해 지정합니다. 지정서에는 지정한 부처가 적힙니다.</li>"
						+ "<li>지정 기간 동안 인증 요건을 갖추어 사회적기업 인증에 도전합니다.</li></ol>",
				"<p>지역형과 같이 사회적기업 인증 요건의 기본(조직 형태, 유급근로자 고용과 영업활동, 사회적 목적, 정관)을 갖추고, "
						+ "지정하는 부처의 사업 분야에서 사회적 목적을 실현해야 합니다.</p>",
				"<ul><li>지정 신청서</li><li>부처 분야의 사업계획서</li><li>정관이나 규약</li>"
						+ "<li>법인 등기사항증명서 또는 고유번호증, 사업자등록증</li><li>유급근로자 명부</li></ul>",
				"<ul><li>부처마다 지정 공고 시기가 다릅니다.</li>"
						+ "<li>지정 기간은 최대 3년이며, 그 안에 사회적기업 인증을 준비합니다.</li></ul>"
						+ CHECK_NOTICE);
		put(GuideTopic.VILLAGE_ENTERPRISE,
				"<ol><li>주민이 함께 출자해 조직을 만들고 사업계획을 세웁니다.</li>"
						+ "<li>시·군·구에 지정을 신청합니다.</li>"
						+ "<li>시·군·구와 시·도의 심사를 거쳐 행정안전부가 지정합니다.</li>"
						+ "<li>예비마을기업, 신규(1차), 재지정(2차), 고도화 단계로 성장하며 단계마다 지원이 달라집니다.</li></ol>",
				"<ul><li>공동체성: 지역 주민 5명 이상이 출자하고, 출자자 가운데 지역 주민의 비율이 지침의 기준 이상일 것</li>"
						+ "<li>공공성: 지역 문제를 풀고 지역 사회에 공헌할 것</li>"
						+ "<li>지역성: 지역의 자원을 활용할 것</li>"
						+ "<li>기업성: 시장에서 지속할 수 있는 사업 계획을 갖출 것</li></ul>",
				"<ul><li>마을기업 지정 신청서</li><li>사업계획서</li><li>정관이나 규약</li>"
						+ "<li>출자자 명부와 출자 확인 자료</li><li>법인 등기사항증명서와 사업자등록증</li></ul>",
				"<ul><li>행정안전부의 그해 마을기업 육성사업 지침에 따라 시·도가 공모 일정을 정합니다. 보통 한 해의 앞쪽에 공모합니다.</li></ul>"
						+ CHECK_NOTICE);
		put(GuideTopic.COOPERATIVE,
				"<ol><li>조합원 자격을 가진 5인 이상이 발기인이 됩니다(협동조합 기본법 제15조).</li>"
						+ "<li>정관을 만들고 설립 동의자를 모읍니다.</li>"
						+ "<li>창립총회를 공고하고 열어 정관과 임원을 의결합니다.</li>"
						+ "<li>시·도지사에게 설립을 신고합니다.</li>"
						+ "<li>신고가 수리되면 이사장에게 사무를 넘기고 조합원이 출자금을 냅니다.</li>"
						+ "<li>설립 등기를 하면 법인이 됩니다.</li></ol>",
				"<ul><li>발기인 5인 이상</li><li>창립총회에서 의결한 정관</li>"
						+ "<li>조합원 1인 1표의 의결권과 출자에 따른 책임</li><li>사업 목적이 조합원의 권익 향상과 지역 사회 공헌일 것</li></ul>",
				"<ul><li>설립 신고서</li><li>정관 사본</li><li>창립총회 의사록</li><li>사업계획서와 수입·지출 예산서</li>"
						+ "<li>임원 명부와 설립 동의자 명부</li><li>출자 1좌당 금액과 조합원별 출자좌수를 적은 서류</li></ul>",
				"<ul><li>설립 신고는 언제든 할 수 있습니다. 신고가 수리된 뒤 출자금을 내고 설립 등기를 합니다.</li></ul>"
						+ CHECK_NOTICE);
		put(GuideTopic.SOCIAL_COOPERATIVE,
				"<ol><li>5인 이상의 발기인이 정관을 만들고 설립 동의자를 모읍니다.</li>"
						+ "<li>창립총회에서 정관과 임원을 의결합니다.</li>"
						+ "<li>사업을 맡은 중앙행정기관에 설립 인가를 신청합니다(신고가 아니라 인가입니다).</li>"
						+ "<li>인가를 받으면 출자금을 내고 설립 등기를 해 비영리법인이 됩니다.</li></ol>",
				"<ul><li>지역 주민의 권익·복리 증진, 취약계층 사회서비스·일자리 제공 등 공익사업이 주 사업일 것</li>"
						+ "<li>주 사업이 전체 사업의 40% 이상일 것</li><li>발기인 5인 이상</li>"
						+ "<li>잉여금을 조합원에게 배당하지 않을 것</li></ul>",
				"<ul><li>설립 인가 신청서</li><li>정관 사본</li><li>창립총회 의사록</li>"
						+ "<li>사업계획서와 수입·지출 예산서</li><li>주 사업의 비율을 보여 주는 자료</li>"
						+ "<li>임원 명부와 설립 동의자 명부</li></ul>",
				"<ul><li>인가 신청은 언제든 할 수 있습니다. 처리 기간은 보통 60일이며 보완을 요청받으면 길어질 수 있습니다.</li></ul>"
						+ CHECK_NOTICE);
		put(GuideTopic.SELF_SUFFICIENCY,
				"<ol><li>지역자활센터의 자활근로사업단에서 사업을 익힙니다.</li>"
						+ "<li>구성원과 사업계획을 갖추어 시·군·구에 자활기업 인정을 신청합니다.</li>"
						+ "<li>시·군·구가 인정하면 자활기업으로 지원을 받습니다(보건복지부 자활사업).</li></ol>",
				"<ul><li>구성원이 2인 이상일 것</li><li>구성원 가운데 기초생활수급자가 3분의 1 이상일 것</li>"
						+ "<li>조합이나 사업자 형태로 자활 사업을 운영할 것</li></ul>",
				"<ul><li>자활기업 인정 신청서</li><li>사업계획서</li><li>구성원 명단과 수급자 확인 자료</li>"
						+ "<li>정관이나 규약</li><li>사업자등록증</li></ul>",
				"<ul><li>인정 신청은 수시로 받습니다. 지역자활센터와 먼저 상의해 주세요.</li></ul>" + CHECK_NOTICE);
	}

	private GuideDefaults() {
	}

	private static void put(GuideTopic topic, String procedure, String requirements, String documents, String schedule) {
		Map<GuideSection, String> sections = new EnumMap<>(GuideSection.class);
		sections.put(GuideSection.PROCEDURE, procedure);
		sections.put(GuideSection.REQUIREMENTS, requirements);
		sections.put(GuideSection.DOCUMENTS, documents);
		sections.put(GuideSection.SCHEDULE, schedule);
		TEXTS.put(topic, sections);
	}

	static String of(GuideTopic topic, GuideSection section) {
		return TEXTS.get(topic).get(section);
	}
}
