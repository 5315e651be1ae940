package org.ieum.shared.assets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;

/**
 * Every file under {@code static/} read once at start-up. Each is reachable at its plain address
 * ({@code /assets/css/ieum.css}, for links from outside and from style sheets) and at an address
 * with the first eight bytes of its SHA-256 in the name ({@code /assets/css/ieum.3f2a9c1b0d4e5f67.css}),
 * which pages link to: a changed file gets a new address, so that one may be kept for a year
 * without asking again. Text files are gzip-compressed here, once, at the highest level. Held by
 * {@link AssetServer} (a filter, so web slice tests get it too); {@link AssetLinks} asks it.
 */
final class StaticAssets {

	static final String PREFIX = "/assets/";

	private static final Set<String> COMPRESSIBLE = Set.of("css", "js", "svg", "txt", "json", "map", "html");

	/** A file as served: its bytes, the gzip form where that is smaller, and the headers that describe it. */
	record Asset(byte[] bytes, byte[] gzip, String contentType, String etag, boolean immutable) {
	}

	private final Map<String, Asset> byAddress = new HashMap<>();

	private final Map<String, String> hashedAddress = new HashMap<>();

	StaticAssets() {
		try {
			Resource root = new PathMatchingResourcePatternResolver().getResource("classpath:/static/");
			String rootUrl = root.getURL().toString();
			for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:/static/**")) {
				String url = file.getURL().toString();
				if (!file.isReadable() || url.endsWith("/") || !url.startsWith(rootUrl)) {
					continue;
				}
				add(url.substring(rootUrl.length()), read(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("static files could not be read", ex);
		}
	}

	/** The address a page links to for {@code address}: the hashed one for a known file, else {@code address} itself. */
	String linkTo(String address) {
		return hashedAddress.getOrDefault(address, address);
	}

	/** The file at a plain or hashed address, or {@code null}. */
	Asset find(String address) {
		return byAddress.get(address);
	}

	int size() {
		return hashedAddress.size();
	}

	private void add(String relative, byte[] bytes) {
		String name = relative.substring(relative.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
		String hash = HexFormat.of().formatHex(sha256(bytes), 0, 8);
		MediaType type = MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM);
		String contentType = "text".equals(type.getType()) || COMPRESSIBLE.contains(extension)
				? type.toString() + ";charset=UTF-8" : type.toString();
		if ("js".equals(extension)) {
			contentType = "text/javascript;charset=UTF-8";
		}
		byte[] gzip = COMPRESSIBLE.contains(extension) ? gzip(bytes) : null;
		if (gzip != null && gzip.length >= bytes.length) {
			gzip = null;
		}
		String plain = PREFIX + relative;
		String hashed = PREFIX + relative.substring(0, relative.length() - name.length())
				+ (dot < 0 ? name + "." + hash : name.substring(0, dot) + "." + hash + name.substring(dot));
		// fonts are named after their content already (a new font file gets a new name)
		boolean namedByContent = relative.startsWith("fonts/");
		byAddress.put(plain, new Asset(bytes, gzip, contentType, "\"" + hash + "\"", namedByContent));
		byAddress.put(hashed, new Asset(bytes, gzip, contentType, "\"" + hash + "\"", true));
		hashedAddress.put(plain, hashed);
	}

	private static byte[] read(Resource file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return in.readAllBytes();
		}
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
		try (GZIPOutputStream zip = new GZIPOutputStream(out) {
			{
				def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			zip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
