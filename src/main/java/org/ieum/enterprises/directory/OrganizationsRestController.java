package org.ieum.enterprises.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ieum.enterprises.records.OrganizationViews.PublicProfile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Public read endpoints live under /api/v1/public, which the API chain opens to anonymous GETs. */
@RestController
@RequestMapping("/api/v1/public/organizations")
@Tag(name = "사회적경제조직", description = "사회적경제조직의 공개 정보")
public class OrganizationsRestController {

	private final OrganizationDirectory directory;

	public OrganizationsRestController(OrganizationDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/{id}")
	@Operation(summary = "조직 공개 정보",
			description = "조직의 공개 정보(명칭, 사업자등록번호, 소재지, 대표번호, 누리집, 업종, 주요사업, 인증·지정, 제품·서비스)를 돌려줍니다. "
					+ "대표자 등 개인정보와 법인등록번호는 포함하지 않습니다.")
	@ApiResponse(responseCode = "200", description = "조직 정보")
	@ApiResponse(responseCode = "404", description = "없는 조직")
	public PublicProfile one(@Parameter(description = "조직 번호") @PathVariable long id) {
		return directory.publicProfile(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
