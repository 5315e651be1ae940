package org.ieum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** While the application still loads its demo data, visitors get a Korean "준비 중" page, not an empty site. */
class StartingGateTests {

	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	private StartingGate gate() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("availability", availability);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new StartingGate(beans.getBeanProvider(ApplicationAvailability.class),
				messages);
	}

	private void becomes(ReadinessState state) {
		availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
	}

	private MockHttpServletResponse request(StartingGate gate, String path, AtomicBoolean reached) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRequestURI(path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		gate.doFilter(request, response, new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest req, HttpServletResponse res) {
				reached.set(true);
			}
		}));
		return response;
	}

	@Test
	void untilTheStartUpWorkIsDonePagesSayPreparingWith503AndRetryAfter() throws Exception {
		StartingGate gate = gate();
		becomes(ReadinessState.REFUSING_TRAFFIC);
		AtomicBoolean reached = new AtomicBoolean();
		MockHttpServletResponse page = request(gate, "/c/gimhae", reached);
		assertThat(reached).isFalse();
		assertThat(page.getStatus()).isEqualTo(503);
		assertThat(page.getHeader("Retry-After")).isEqualTo("5");
		assertThat(page.getContentAsString()).contains("lang=\"ko\"", "<h1>준비 중입니다</h1>", "http-equiv=\"refresh\"");

		// probes and static files pass, so a load balancer sees the real state
		AtomicBoolean probe = new AtomicBoolean();
		request(gate, "/actuator/health/readiness", probe);
		assertThat(probe).isTrue();

		becomes(ReadinessState.ACCEPTING_TRAFFIC);
		AtomicBoolean ready = new AtomicBoolean();
		MockHttpServletResponse served = request(gate, "/c/gimhae", ready);
		assertThat(ready).isTrue();
		assertThat(served.getStatus()).isEqualTo(200);
	}
}
