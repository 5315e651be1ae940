package org.ieum.identity.staff;

import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.StaffCenter;
import org.ieum.identity.StaffCenters;
import org.ieum.identity.accounts.AccountPrincipals;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves a {@link StaffCenter} controller argument from {@code ?center=}, the same way on every staff page. */
@Component
class StaffCenterArgument implements HandlerMethodArgumentResolver {

	private final CentersApi centers;
	private final AccountPrincipals principals;

	StaffCenterArgument(CentersApi centers, AccountPrincipals principals) {
		this.centers = centers;
		this.principals = principals;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == StaffCenter.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
			WebDataBinderFactory binderFactory) {
		CurrentUser user = principals.current()
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("sign in required"));
		String text = request.getParameter("center");
		Long requested = null;
		if (text != null && !text.isBlank()) {
			try {
				requested = Long.valueOf(text.strip());
			}
			catch (NumberFormatException ex) {
				throw new MethodArgumentTypeMismatchException(text, Long.class, "center", parameter, ex);
			}
		}
		ExtendedModelMap model = new ExtendedModelMap();
		StaffCenter chosen = StaffCenters.show(centers, requested, user, model);
		if (mav != null) {
			mav.addAllAttributes(model);
		}
		return chosen;
	}
}
