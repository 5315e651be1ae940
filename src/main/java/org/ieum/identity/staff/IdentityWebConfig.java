package org.ieum.identity.staff;

import java.util.List;

import org.ieum.identity.accounts.AccountPrincipals;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class IdentityWebConfig implements WebMvcConfigurer {

	private final AccountPrincipals principals;
	private final StaffCenterArgument staffCenter;

	IdentityWebConfig(AccountPrincipals principals, StaffCenterArgument staffCenter) {
		this.principals = principals;
		this.staffCenter = staffCenter;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(principals);
		resolvers.add(staffCenter);
	}
}
