package org.ieum.shared.web;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

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
		// an encoded slash or backslash is no way round the checks above either
		String decoded;
		try {
			decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		if (decoded.startsWith("//") || decoded.indexOf('\\') >= 0) {
			return null;
		}
		if (path.equals("/login") || path.equals("/logout") || path.startsWith("/error")) {
			return null;
		}
		return candidate;
	}
}
