package org.ieum.identity.registration;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.hamcrest.Matchers;
import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.accounts.AccountPrincipals;
import org.ieum.shared.web.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sign-up and reset forms alone (a web slice with the services mocked): every form
 * error is answered in Korean on the same page and no service is called, so bad input
 * can change nothing.
 */
@WebMvcTest(controllers = AccountController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.ieum\\.(centers|content)\\..*"))
@AutoConfigureMockMvc(addFilters = false)
class AccountControllerSliceTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	PasswordResets resets;

	@MockitoBean
	CentersApi centers;

	@MockitoBean
	AccountPrincipals principals;

	@MockitoBean
	EmailVerifications verifications;

	@BeforeEach
	void centers() {
		CenterSummary gimhae = new CenterSummary(7, "gimhae", "김해시 사회적공동체지원센터", null, "경상남도");
		given(centers.all()).willReturn(List.of(gimhae));
		given(centers.findBySlug("gimhae")).willReturn(Optional.of(gimhae));
		given(centers.findBySlug(any())).willReturn(Optional.empty());
		given(centers.findBySlug("gimhae")).willReturn(Optional.of(gimhae));
	}

	@Test
	void signUpFromACenterPortalPreselectsThatCenter() throws Exception {
		mvc.perform(get("/signup").param("center", "gimhae"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<option value=\"7\" selected=\"selected\">김해시 사회적공동체지원센터</option>")));
	}

	@Test
	void mismatchedPasswordsAndMissingConsentNeverReachTheService() throws Exception {
		mvc.perform(post("/signup").param("email", "new@example.kr").param("password", "Sample-pass1")
				.param("passwordConfirm", "Sample-pass2").param("displayName", "새 회원").param("agreeTerms", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "passwordConfirm", "password.confirm.mismatch"))
			.andExpect(content().string(Matchers.containsString("비밀번호와 비밀번호 확인이 서로 다릅니다")))
			.andExpect(content().string(Matchers.containsString("필수 항목(이용약관, 개인정보 수집·이용)에 모두 동의해야")));
		verify(accounts, never()).register(any());
	}

	@Test
	void malformedEmailAndBirthDateAreFieldErrors() throws Exception {
		mvc.perform(post("/signup").param("email", "not-an-email").param("password", "Sample-pass1")
				.param("passwordConfirm", "Sample-pass1").param("displayName", "회원").param("birthDate", "2099-13-40")
				.param("agreeTerms", "true").param("agreePrivacy", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "email", "birthDate"))
			.andExpect(content().string(Matchers.containsString("올바른 이메일 주소를 입력해 주세요")));
		verify(accounts, never()).register(any());
	}

	@Test
	void aServiceRefusalIsShownOnTheRightField() throws Exception {
		given(accounts.register(any())).willThrow(new Refusal("signup.center.unknown"));
		mvc.perform(post("/signup").param("email", "taken@example.kr").param("password", "Sample-pass1")
				.param("passwordConfirm", "Sample-pass1").param("displayName", "회원").param("birthDate", "1990-01-01")
				.param("agreeTerms", "true")
				.param("agreePrivacy", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "homeCenterId", "signup.center.unknown"));
	}

	@Test
	void aBirthDateInTheYear501OrTheFutureIsAKoreanFieldError() throws Exception {
		mvc.perform(post("/signup").param("email", "old@example.kr").param("password", "Sample-pass1")
				.param("passwordConfirm", "Sample-pass1").param("displayName", "회원").param("birthDate", "0501-03-01")
				.param("agreeTerms", "true").param("agreePrivacy", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "birthDate", "signup.birthDate.tooEarly"))
			.andExpect(content().string(Matchers.containsString("1900년 1월 1일 이후")));
		mvc.perform(post("/signup").param("email", "old@example.kr").param("password", "Sample-pass1")
				.param("passwordConfirm", "Sample-pass1").param("displayName", "회원").param("birthDate", "2999-03-01")
				.param("agreeTerms", "true").param("agreePrivacy", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("생년월일은 오늘 이전 날짜여야 합니다")));
		verify(accounts, never()).register(any());
	}

	@Test
	void aMissingBirthDateOrAHugePasswordIsAFieldErrorNotACrash() throws Exception {
		String longHangul = "가나다라마바사아자차".repeat(3) + "1!";
		mvc.perform(post("/signup").param("email", "kid@example.kr").param("password", longHangul)
				.param("passwordConfirm", longHangul).param("displayName", "회원").param("agreeTerms", "true")
				.param("agreePrivacy", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "birthDate", "NotNull"))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.tooLong"));
		verify(accounts, never()).register(any());
	}

	@Test
	void resetRequestWithoutAnAddressIsRefusedAndAnyAddressGetsTheSameAnswer() throws Exception {
		mvc.perform(post("/password-reset").param("email", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("올바른 이메일 주소를 입력해 주세요")));
		verify(resets, never()).request(any());
		mvc.perform(post("/password-reset").param("email", "anyone@example.kr"))
			.andExpect(redirectedUrl("/password-reset"));
		verify(resets).request("anyone@example.kr");
	}
}
