package org.ieum.shared.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Pages link to the style sheet and script by addresses that carry their content's hash; those
 * addresses are kept a year, come gzip-compressed to a browser that accepts it, and are not sent
 * again to a browser that has them; the plain addresses still answer; nothing else is served
 * from under /assets.
 */
@IeumSpringTest
class StaticAssetsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesLinkToHashedAddressesThatAreKeptForAYear() throws Exception {
		String page = mvc.perform(get("/c/gimhae")).andReturn().getResponse().getContentAsString();
		Matcher css = Pattern.compile("href=\"(/assets/css/ieum\\.[0-9a-f]{16}\\.css)\"").matcher(page);
		assertThat(css.find()).as("the style sheet's link on the portal home").isTrue();
		assertThat(page).containsPattern("src=\"/assets/js/ieum\\.[0-9a-f]{16}\\.js\"").doesNotContain("\"/assets/css/ieum.css\"");

		MvcResult hashed = mvc.perform(get(css.group(1))).andReturn();
		byte[] original = file("static/css/ieum.css");
		assertThat(hashed.getResponse().getStatus()).isEqualTo(200);
		assertThat(hashed.getResponse().getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
		assertThat(hashed.getResponse().getContentType()).startsWith("text/css");
		assertThat(hashed.getResponse().getContentAsByteArray()).isEqualTo(original);

		MvcResult zipped = mvc.perform(get(css.group(1)).header("Accept-Encoding", "gzip, deflate, br")).andReturn();
		assertThat(zipped.getResponse().getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(zipped.getResponse().getHeader("Vary")).isEqualTo("Accept-Encoding");
		byte[] compressed = zipped.getResponse().getContentAsByteArray();
		assertThat(compressed.length).isLessThan(original.length / 2);
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			assertThat(in.readAllBytes()).isEqualTo(original);
		}

		String tag = zipped.getResponse().getHeader("ETag");
		MvcResult again = mvc.perform(get(css.group(1)).header("Accept-Encoding", "gzip").header("If-None-Match", tag)).andReturn();
		assertThat(again.getResponse().getStatus()).isEqualTo(304);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
	}

	@Test
	void plainAddressesStillAnswerAndNothingUnknownIsServed() throws Exception {
		MvcResult plain = mvc.perform(get("/assets/css/ieum.css").header("Accept-Encoding", "gzip;q=0")).andReturn();
		assertThat(plain.getResponse().getStatus()).isEqualTo(200);
		assertThat(plain.getResponse().getHeader("Content-Encoding")).isNull();
		assertThat(plain.getResponse().getHeader("Cache-Control")).isEqualTo("public, max-age=86400");
		assertThat(plain.getResponse().getContentAsByteArray()).isEqualTo(file("static/css/ieum.css"));

		MvcResult font = mvc.perform(get("/assets/fonts/OFL.txt")).andReturn();
		assertThat(font.getResponse().getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");

		assertThat(mvc.perform(get("/assets/css/ieum.0000000000000000.css")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/assets/../application.yml")).andReturn().getResponse().getStatus()).isIn(400, 404);
		assertThat(mvc.perform(get("/assets/%2e%2e/application.yml")).andReturn().getResponse().getStatus()).isIn(400, 404);
	}

	@Test
	void gzipIsSentOnlyWhenTheClientAcceptsIt() {
		assertThat(AssetServer.acceptsGzip("gzip, deflate, br")).isTrue();
		assertThat(AssetServer.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
		assertThat(AssetServer.acceptsGzip("*")).isTrue();
		assertThat(AssetServer.acceptsGzip("gzip;q=0")).isFalse();
		assertThat(AssetServer.acceptsGzip("identity")).isFalse();
		assertThat(AssetServer.acceptsGzip(null)).isFalse();
	}

	private static byte[] file(String path) throws IOException {
		try (InputStream in = StaticAssetsTests.class.getClassLoader().getResourceAsStream(path)) {
			return in.readAllBytes();
		}
	}
}
