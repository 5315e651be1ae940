package org.ieum.enterprises.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionsTests {

	final Regions regions = Regions.KOREA;

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			서울 강남구 테헤란로 1          | -    | -      | 서울특별시     | 강남구
			서울시 마포구 월드컵로 2        | -    | -      | 서울특별시     | 마포구
			강원도 원주시 시청로 1          | -    | -      | 강원특별자치도 | 원주시
			전라북도 전주시 완산구 효자로 10 | -    | -      | 전북특별자치도 | 전주시
			경남 창원시 의창구 중앙대로 1   | 경상 | -      | 경상남도       | 창원시
			김해시 가야로 1                 | -    | -      | 경상남도       | 김해시
			고성군 고성읍 3                 | 강원 | -      | 강원특별자치도 | 고성군
			부산 해운대 센텀로 5            | -    | -      | 부산광역시     | 해운대구
			경기 광주시 오포읍 1            | -    | -      | 경기도         | 광주시
			광주 북구 첨단로 1              | 광주 | -      | 광주광역시     | 북구
			세종특별자치시 한누리대로 2130  | -    | -      | 세종특별자치시 | -
			-                               | 부산 | 사상구 | 부산광역시     | 사상구
			제주시 연동 1                   | -    | -      | 제주특별자치도 | 제주시
			""")
	void officialNamesFromAddressesAndHints(String address, String sido, String sigungu, String expectedSido,
			String expectedSigungu) {
		Regions.Region region = regions.of(address, sido, sigungu);
		assertThat(region.sido()).isEqualTo(expectedSido);
		assertThat(region.sigungu()).isEqualTo(expectedSigungu);
		assertThat(region.complete()).isTrue();
	}

	@Test
	void aHintThatNamesTwoProvincesIsNotStored() {
		assertThat(regions.of(null, "경상", null)).isEqualTo(new Regions.Region(null, null, false));
		assertThat(regions.of("중구 중앙대로 1", null, null).sido()).as("중구 is in six cities").isNull();
		assertThat(regions.of("중구 중앙대로 1", "부산", null)).isEqualTo(new Regions.Region("부산광역시", "중구", true));
		assertThat(regions.of("경북 어딘가 1", null, null)).isEqualTo(new Regions.Region("경상북도", null, false));
	}

	@Test
	void theSeventeenProvincesAreOfficialNamesOnly() {
		assertThat(regions.officialNames()).hasSize(17).contains("강원특별자치도", "전북특별자치도", "제주특별자치도")
			.doesNotContain("강원도", "전라북도", "경상");
	}

	@Test
	void addressesMatchWhateverTheProvinceIsCalledAndHowTheyAreSpaced() {
		assertThat(regions.normalizedAddress("부산 북구 만덕대로 10"))
			.isEqualTo(regions.normalizedAddress("부산광역시 북구 만덕대로10 (만덕동)"));
		assertThat(regions.normalizedAddress("부산 북구 만덕대로 10"))
			.isNotEqualTo(regions.normalizedAddress("부산 북구 만덕대로 12"));
	}
}
