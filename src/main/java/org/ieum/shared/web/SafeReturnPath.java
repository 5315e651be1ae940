package org.ieum.shared.web;

import java.net.URI;

/** A page to come back to after logging in, taken from a request parameter, never another site. */
public final class SafeReturnPath {

	private SafeReturnPath() {
	}

	/**
	 * The path to return to, if {@code candidate} is a path on this site: it starts with one slash
	 * (not "//", which browsers read as another host), has no backslash or control character and
	 * no scheme. Anything else is ignored.
	 */
	public static String of(String candidate) {
		if (candidate == null || candidate.isEmpty() || candidate.length() > 2000 || candidate.charAt(0) != '/') {
			return null;
		}
		if (candidate.startsWith("//") || candidate.indexOf('\\') >= 0) {
			return null;
		}
		for (int i = 0; i < candidate.length(); i++) {
			char c = candidate.charAt(i);
			if (c < 0x20 || c == 0x7f) {
				return null;
			}
		}
		try {
			URI uri = URI.create(candidate);
			if (uri.getScheme() != null || uri.getRawAuthority() != null) {
				return null;
			}
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		String path = candidate.split("[?#]", 2)[0];
		if (path.equals("/login") || path.equals("/logout") || path.startsWith("/error")) {
			return null;
		}
		return candidate;
	}
}
