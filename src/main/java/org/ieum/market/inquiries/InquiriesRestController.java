package org.ieum.market.inquiries;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ieum.centers.CentersApi;
import org.ieum.shared.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A buyer's inquiry through the API, with exactly the rules and the limits of the product page's form. */
@RestController
@Tag(name = "제품·서비스")
class InquiriesRestController {

	private final Inquiries inquiries;
	private final CentersApi centers;
	private final MessageSource messages;
	private final String baseUrl;

	InquiriesRestController(Inquiries inquiries, CentersApi centers, MessageSource messages,
			@Value("${ieum.base-url}") String baseUrl) {
		this.inquiries = inquiries;
		this.centers = centers;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	record InquiryJson(String buyerOrganization, String contactName, String phone, String email, String quantity,
			LocalDate neededBy, String message) {
	}

	record ReceiptJson(long id, String privateLink) {
	}

	@PostMapping("/api/v1/products/{id}/inquiries")
	@Operation(summary = "구매·견적 문의 보내기",
			description = "토큰 없이 제품·서비스를 파는 조직에 구매·견적 문의를 보냅니다. 기관명·담당자·수량·필요일(오늘 이후)·내용이 필요하고 "
					+ "전화번호와 이메일 중 하나는 있어야 합니다. 조직 관리자와 센터에 알림이 가고, 이메일을 적으면 답변을 볼 비공개 주소가 메일로 갑니다. "
					+ "같은 연락처로 15분에 3건, 같은 접속 주소에서 1시간에 20건까지 받습니다(초과 시 429). 오류는 한국어 problem+json입니다.")
	@ApiResponse(responseCode = "201", description = "문의를 보냄; privateLink는 답변을 볼 비공개 주소")
	@ApiResponse(responseCode = "400", description = "빠졌거나 잘못된 항목")
	@ApiResponse(responseCode = "404", description = "없는 제품이거나 그 센터의 제품이 아님")
	@ApiResponse(responseCode = "429", description = "짧은 시간에 문의가 너무 많음")
	ResponseEntity<ReceiptJson> send(@PathVariable long id,
			@Parameter(description = "센터 포털 주소 이름(예: busan); 없으면 전체 네트워크") @RequestParam(required = false) String center,
			@RequestBody(required = false) InquiryJson body) {
		Set<Long> scope = center == null || center.isBlank() ? null
				: centers.findBySlug(center)
					.map(c -> centers.centerAndDescendantIds(c.id()))
					.orElseThrow(() -> Refusal.notFound("market.inquiry.error.unknownCenter"));
		InquiryJson json = body == null ? new InquiryJson(null, null, null, null, null, null, null) : body;
		Inquiries.Receipt receipt = inquiries.send(id, scope, new Inquiries.Terms(json.buyerOrganization(),
				json.contactName(), json.phone(), json.email(), json.quantity(), json.neededBy(), json.message()));
		return ResponseEntity.created(URI.create(baseUrl + receipt.privatePath()))
			.body(new ReceiptJson(receipt.id(), baseUrl + receipt.privatePath()));
	}

	/** A body that is not JSON of this shape (a date that is no date): a Korean problem, not a stack trace. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("market.inquiry.error.unreadable", null, locale));
		problem.setTitle(messages.getMessage("refusal.title", null, locale));
		problem.setProperty("code", "market.inquiry.error.unreadable");
		return ResponseEntity.badRequest().body(problem);
	}
}
