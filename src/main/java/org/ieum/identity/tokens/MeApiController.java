package org.ieum.identity.tokens;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.Role;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "계정", description = "API 토큰 주인의 계정 정보")
class MeApiController {

	@GetMapping
	@Operation(summary = "내 계정", description = "토큰을 발급한 사용자의 계정과 역할을 돌려줍니다.")
	Me me(CurrentUser user) {
		return new Me(user.accountId(), user.email(), user.displayName(),
				user.roles().stream().map(Role::name).sorted().toList(), user.staffCenterIds());
	}

	record Me(long id, String email, String displayName, List<String> roles, Set<Long> staffCenterIds) {
	}
}
