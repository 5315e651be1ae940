package org.ieum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A phone on a slow link fetches only small font files: the web font is cut by character
 * (tools/fonts/split_fonts.py), each file is asked for only by the characters it holds, none is
 * preloaded, and none may shift the page when it arrives. Budgets from the measurements in
 * docs/benchmarks.md ("Mobile page quality (Lighthouse), third pass"): before the cut a page fetched
 * 2 x 260 KB of fonts.
 */
class WebFontWeightTests {

	/** The largest file is the regular weight's first Hangul file (about 38 KB). */
	static final int FILE_BUDGET = 40 * 1024;

	/** What the layout's own text (menus, footer, Latin) needs in both weights: about 115 KB today. */
	static final int LAYOUT_TEXT_BUDGET = 150 * 1024;

	/** Preloading measured no better than letting the style sheet ask for what a page shows. */
	static final int MAX_PRELOADED_FONTS = 0;

	private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{([^}]*)}");
	private static final Pattern PRELOAD = Pattern.compile("<link\\b[^>]*\\brel=\"preload\"[^>]*>");

	private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	@Test
	void noPageTemplatePreloadsMoreFontsThanChosen() throws IOException {
		int fontPreloads = 0;
		for (Resource template : resources.getResources("classpath*:templates/**/*.html")) {
			Matcher preload = PRELOAD.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (preload.find()) {
				if (preload.group().contains("as=\"font\"") || preload.group().contains(".woff")) {
					fontPreloads++;
				}
			}
		}
		assertThat(fontPreloads).isLessThanOrEqualTo(MAX_PRELOADED_FONTS);
	}

	@Test
	void everyFontFileIsAskedForOnlyByItsCharactersAndNeverShiftsThePage() throws IOException {
		List<Face> faces = faces();
		assertThat(faces).isNotEmpty();
		for (Face face : faces) {
			assertThat(face.rule()).as(face.file()).contains("font-display: optional");
			assertThat(face.ranges()).as(face.file() + " has a unicode-range").isNotEmpty();
			Resource file = resources.getResource("classpath:static/fonts/" + face.file());
			assertThat(file.exists()).as(face.file() + " exists").isTrue();
			assertThat(file.contentLength()).as(face.file()).isLessThanOrEqualTo(FILE_BUDGET);
		}
	}

	@Test
	void noCharacterIsAskedForFromTwoFilesOfOneWeight() throws IOException {
		Map<String, Map<Integer, String>> owners = new TreeMap<>();
		for (Face face : faces()) {
			Map<Integer, String> owner = owners.computeIfAbsent(face.weight(), weight -> new TreeMap<>());
			for (int[] range : face.ranges()) {
				for (int codePoint = range[0]; codePoint <= range[1]; codePoint++) {
					String earlier = owner.put(codePoint, face.file());
					assertThat(earlier).as("U+%X in %s and %s", codePoint, earlier, face.file()).isNull();
				}
			}
		}
		// every Hangul syllable the font has is reachable in each weight
		assertThat(owners).hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy((weight, owner) -> assertThat(owner).containsKeys((int) '가', (int) '힣', (int) 'A', (int) '₩'));
	}

	@Test
	void everyFontFileInTheSiteIsUsedByARule() throws IOException {
		Set<String> referenced = new HashSet<>();
		faces().forEach(face -> referenced.add(face.file()));
		for (Resource file : resources.getResources("classpath*:static/fonts/*.woff2")) {
			assertThat(referenced).as("a rule for " + file.getFilename()).contains(file.getFilename());
		}
	}

	@Test
	void theLayoutsOwnTextFetchesLittleFont() throws IOException {
		Set<Integer> characters = new HashSet<>();
		"ABCxyz0123456789.,()".codePoints().forEach(characters::add);
		Properties messages = new Properties();
		try (InputStream in = resources.getResource("classpath:messages.properties").getInputStream()) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		messages.stringPropertyNames().stream().filter(key -> key.startsWith("layout."))
			.forEach(key -> messages.getProperty(key).codePoints().forEach(characters::add));
		assertThat(characters).contains((int) '본', (int) '문');

		long bytes = 0;
		Set<String> files = new HashSet<>();
		for (Face face : faces()) {
			boolean needed = characters.stream().anyMatch(face::holds);
			if (needed && files.add(face.file())) {
				bytes += resources.getResource("classpath:static/fonts/" + face.file()).contentLength();
			}
		}
		assertThat(files).as("a file of each weight").hasSizeGreaterThanOrEqualTo(2);
		assertThat(bytes).as("font bytes for %s", files).isLessThanOrEqualTo(LAYOUT_TEXT_BUDGET);
	}

	private List<Face> faces() throws IOException {
		List<Face> faces = new ArrayList<>();
		for (Resource css : resources.getResources("classpath*:static/css/*.css")) {
			Matcher rule = FONT_FACE.matcher(css.getContentAsString(StandardCharsets.UTF_8));
			while (rule.find()) {
				faces.add(Face.of(rule.group(1)));
			}
		}
		return faces;
	}

	record Face(String rule, String file, String weight, List<int[]> ranges) {

		private static final Pattern URL = Pattern.compile("url\\(\"?\\.\\./fonts/([^\")]+)\"?\\)");
		private static final Pattern WEIGHT = Pattern.compile("font-weight:\\s*([^;]+);");
		private static final Pattern RANGES = Pattern.compile("unicode-range:\\s*([^;]+);");
		private static final Pattern RANGE = Pattern.compile("U\\+([0-9A-Fa-f]+)(?:-([0-9A-Fa-f]+))?");

		static Face of(String rule) {
			Matcher url = URL.matcher(rule);
			Matcher weight = WEIGHT.matcher(rule);
			List<int[]> ranges = new ArrayList<>();
			Matcher declared = RANGES.matcher(rule);
			if (declared.find()) {
				Matcher range = RANGE.matcher(declared.group(1));
				while (range.find()) {
					int low = Integer.parseInt(range.group(1), 16);
					ranges.add(new int[] { low, range.group(2) == null ? low : Integer.parseInt(range.group(2), 16) });
				}
			}
			return new Face(rule, url.find() ? url.group(1) : "(no url)", weight.find() ? weight.group(1).trim() : "400",
					ranges);
		}

		boolean holds(int codePoint) {
			return ranges.stream().anyMatch(range -> range[0] <= codePoint && codePoint <= range[1]);
		}
	}
}
