package org.ieum.probes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.ieum.probes.ProtectedEndpoints.Endpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every controller mapping of Ieum is in {@link ProtectedEndpoints}, and every line there is still
 * a mapping: a new page or endpoint fails this test until its line (with who may use it) is added,
 * and so inherits all the security probes.
 */
class CatalogCompletenessProbes extends ProbeSupport {

	@Autowired
	ApplicationContext context;

	@Test
	void everyPageAndEndpointIsInTheCatalogAndNothingElse() {
		Set<String> mapped = mappings();
		Set<String> cataloged = new TreeSet<>();
		ProtectedEndpoints.all().map(Endpoint::key).forEach(key -> assertThat(cataloged.add(key))
			.as("listed twice in ProtectedEndpoints: " + key).isTrue());

		Set<String> missing = new TreeSet<>(mapped);
		missing.removeAll(cataloged);
		assertThat(missing).as("""
				These pages or endpoints are not in ProtectedEndpoints.ALL, so no security probe covers them.
				Add one line each (method, pattern, who may use it, the sample record) as docs/security-probes.md says""")
			.isEmpty();

		Set<String> stale = new TreeSet<>(cataloged);
		stale.removeAll(mapped);
		assertThat(stale).as("listed in ProtectedEndpoints but no longer mapped by any controller").isEmpty();
	}

	private Set<String> mappings() {
		Set<String> keys = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
			mapping.getHandlerMethods().forEach((info, handler) -> {
				if (!handler.getBeanType().getName().startsWith("org.ieum.")) {
					return;
				}
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (ProtectedEndpoints.NOT_IEUM.stream().anyMatch(pattern::startsWith)) {
						continue;
					}
					if (methods.isEmpty()) {
						keys.add("ANY " + pattern);
					}
					methods.forEach(m -> keys.add(m.name() + " " + pattern));
				}
			});
		}
		return keys;
	}
}
