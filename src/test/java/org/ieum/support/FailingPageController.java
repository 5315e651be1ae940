package org.ieum.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Test-only: a page that fails the way a bug would, so tests can see what a visitor gets
 * for an unexpected server error. Lives under src/test, so it never ships.
 */
@Controller
class FailingPageController {

	@GetMapping("/test-only/failure")
	String fail() {
		throw new IllegalStateException("deliberate failure for the error-page test");
	}
}
