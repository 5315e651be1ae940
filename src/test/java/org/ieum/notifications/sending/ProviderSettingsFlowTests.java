package org.ieum.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.ieum.support.DemoStaff;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A center's staff keep its SMS / 알림톡 provider settings: only the names of the environment
 * variables are stored, a variable the server lacks is named on the page, bad input is refused with
 * a message and changes nothing, and staff of another center cannot read or change them.
 */
@IeumSpringTest
class ProviderSettingsFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void clean() {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		jdbc.update("delete from notification_provider_settings where center_id = ?", gimhae);
		jdbc.update("delete from notification_provider_template where center_id = ?", gimhae);
	}

	private MockHttpServletRequestBuilder save(long center, Map<String, String> fields) {
		MockHttpServletRequestBuilder request = post("/admin/notifications/providers").with(csrf())
			.param("center", String.valueOf(center));
		fields.forEach(request::param);
		return request;
	}

	private static Map<String, String> nhn(String senderNumber) {
		return Map.of("provider", "NHN_CLOUD", "senderNumber", senderNumber, "textKey", "smsAppKey",
				"textSecretVar", "IEUM_GIMHAE_SMS_SECRET_NOT_SET", "kakaoSender", "senderKey40", "kakaoKey", "kakaoAppKey",
				"kakaoSecretVar", "IEUM_GIMHAE_KAKAO_SECRET_NOT_SET", "ratePerMinute", "120");
	}

	@Test
	void staffSaveTheSettingsWithTheVariablesNamesAndThePageSaysWhichVariableTheServerLacks() throws Exception {
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");

		mvc.perform(get("/admin/notifications/providers").param("center", String.valueOf(gimhae)).session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("문자·알림톡 발송 설정이 없습니다")));

		mvc.perform(save(gimhae, nhn("055-123-4567")).session(staff))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "notifications.sending.notice.saved"));

		Map<String, Object> row = jdbc.queryForMap("select * from notification_provider_settings where center_id = ?", gimhae);
		assertThat(row).containsEntry("provider", "NHN_CLOUD")
			.containsEntry("sender_number", "0551234567")
			.containsEntry("text_secret_var", "IEUM_GIMHAE_SMS_SECRET_NOT_SET")
			.containsEntry("rate_per_minute", 120);
		mvc.perform(get("/admin/notifications/providers").param("center", String.valueOf(gimhae)).session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"서버에 환경 변수 IEUM_GIMHAE_SMS_SECRET_NOT_SET이(가) 설정되어 있지 않습니다")))
			.andExpect(content().string(containsString("IEUM_GIMHAE_KAKAO_SECRET_NOT_SET이(가)")))
			.andExpect(content().string(not(containsString("문자·알림톡 발송 설정이 없습니다"))));
	}

	@Test
	void aBadSenderNumberOrVariableNameIsRefusedWithAMessageAndChangesNothing() throws Exception {
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");

		mvc.perform(save(gimhae, nhn("12-34")).session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("발신 번호는 숫자 8~11자리로 적어 주세요")));
		Map<String, String> secretInline = new java.util.HashMap<>(nhn("0551234567"));
		secretInline.put("textSecretVar", "s3cr3t value!");
		mvc.perform(save(gimhae, secretInline).session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("환경 변수 이름은 영문자나 _로 시작하고")));
		Map<String, String> noKakaoKey = new java.util.HashMap<>(nhn("0551234567"));
		noKakaoKey.remove("kakaoKey");
		mvc.perform(save(gimhae, noKakaoKey).session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("알림톡 앱키와 알림톡 비밀 키 환경 변수 이름도")));

		assertThat(jdbc.queryForObject("select count(*) from notification_provider_settings where center_id = ?",
				Integer.class, gimhae)).isZero();
	}

	@Test
	void templatesAreSavedPerKindAndAnUnknownVariableValueIsRefused() throws Exception {
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");

		mvc.perform(post("/admin/notifications/providers/templates").with(csrf()).session(staff)
			.param("center", String.valueOf(gimhae)).param("kind", "RESERVATION_APPROVED")
			.param("templateCode", "RSV_OK").param("variables", "#{예약}=제목\n주소=전화번호"))
			.andExpect(flash().attribute("error", "notifications.sending.error.variable"));
		assertThat(jdbc.queryForObject("select count(*) from notification_provider_template where center_id = ?",
				Integer.class, gimhae)).isZero();

		mvc.perform(post("/admin/notifications/providers/templates").with(csrf()).session(staff)
			.param("center", String.valueOf(gimhae)).param("kind", "RESERVATION_APPROVED")
			.param("templateCode", "RSV_OK").param("variables", "#{예약}=제목, 바로가기=링크").param("smsFallback", "true"))
			.andExpect(flash().attribute("notice", "notifications.sending.notice.templateSaved"));
		assertThat(jdbc.queryForMap("select template_code, variables, sms_fallback from notification_provider_template"
				+ " where center_id = ? and kind = 'RESERVATION_APPROVED'", gimhae))
			.containsEntry("template_code", "RSV_OK")
			.containsEntry("variables", "예약=제목\n바로가기=링크")
			.containsEntry("sms_fallback", true);
		mvc.perform(get("/admin/notifications/providers").param("center", String.valueOf(gimhae)).session(staff))
			.andExpect(content().string(containsString("RSV_OK")))
			.andExpect(content().string(containsString("바로가기=링크")));

		mvc.perform(post("/admin/notifications/providers/templates/remove").with(csrf()).session(staff)
			.param("center", String.valueOf(gimhae)).param("kind", "RESERVATION_APPROVED"))
			.andExpect(flash().attribute("notice", "notifications.sending.notice.templateRemoved"));
		assertThat(jdbc.queryForObject("select count(*) from notification_provider_template where center_id = ?",
				Integer.class, gimhae)).isZero();
	}

	@Test
	void staffOfAnotherCenterCanNeitherReadNorChangeTheSettings() throws Exception {
		MockHttpSession busan = DemoStaff.session(mvc, "busan");
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");

		mvc.perform(get("/admin/notifications/providers").param("center", String.valueOf(gimhae)).session(busan))
			.andExpect(status().isForbidden());
		mvc.perform(save(gimhae, nhn("0551234567")).session(busan)).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from notification_provider_settings where center_id = ?",
				Integer.class, gimhae)).isZero();
	}
}
