package org.ieum.enterprises.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The 17 시도 with the other names lists and addresses use for them, and their 시군구, read
 * from {@code enterprises/regions.txt}. Tells the official 시도 and the 시군구 from an address,
 * with a list's 지역 or 시도 column ("경상", "부산", "전북") only as a hint, so what is stored is
 * always the official name and statistics never count 경상 apart from 경상남도.
 */
final class Regions {

	/** What an address and hints gave: {@code sido} is an official name or null; {@code complete} when nothing is missing. */
	record Region(String sido, String sigungu, boolean complete) {
	}

	static final Regions KOREA = load("/enterprises/regions.txt");

	private static final Pattern NOTES = Pattern.compile("[(\\[（][^)\\]）]*[)\\]）]");
	private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s,]+");
	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private record Province(String official, Set<String> names, Set<String> districts) {
	}

	private final List<Province> provinces;
	private final Map<String, Province> byName = new LinkedHashMap<>();

	private Regions(List<Province> provinces) {
		this.provinces = List.copyOf(provinces);
		for (Province p : provinces) {
			byName.put(p.official(), p);
			p.names().forEach(n -> byName.putIfAbsent(n, p));
		}
	}

	static Regions load(String resource) {
		List<Province> provinces = new ArrayList<>();
		try (InputStream in = Regions.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\\|", -1);
				provinces.add(new Province(parts[0].strip(), words(parts[1]), words(parts[2])));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Regions(provinces);
	}

	private static Set<String> words(String commaSeparated) {
		Set<String> words = new LinkedHashSet<>();
		for (String w : commaSeparated.split(",")) {
			if (!w.isBlank()) {
				words.add(w.strip());
			}
		}
		return words;
	}

	boolean official(String sido) {
		return sido != null && provinces.stream().anyMatch(p -> p.official().equals(sido));
	}

	List<String> officialNames() {
		return provinces.stream().map(Province::official).toList();
	}

	/**
	 * The region of an address: its first word names the 시도 (any of its names), or, when a
	 * list leaves the 시도 out ("김해시 ..."), a 시군구 that only one 시도 has or that the hints
	 * narrow down to one. Hints alone give the 시도 only when they name exactly one.
	 */
	Region of(String address, String sidoHint, String sigunguHint) {
		Set<Province> hinted = hinted(sidoHint);
		List<String> tokens = tokens(address);
		Province province = null;
		String district = null;
		if (!tokens.isEmpty()) {
			province = byName.get(tokens.get(0));
			if (province != null) {
				district = tokens.size() > 1 ? districtOf(province, tokens.get(1)) : null;
			}
			else {
				List<Province> having = provincesWithDistrict(tokens.get(0));
				if (having.size() > 1 && !hinted.isEmpty()) {
					having = having.stream().filter(hinted::contains).toList();
				}
				if (having.size() == 1) {
					province = having.get(0);
					district = districtOf(province, tokens.get(0));
				}
			}
		}
		if (province == null && hinted.size() == 1) {
			province = hinted.iterator().next();
		}
		if (province == null) {
			return new Region(null, null, false);
		}
		if (district == null && sigunguHint != null) {
			district = districtOf(province, sigunguHint.strip());
		}
		if (district == null) {
			for (String token : tokens) {
				district = districtOf(province, token);
				if (district != null) {
					break;
				}
			}
		}
		return new Region(province.official(), district, district != null || province.districts().isEmpty());
	}

	/**
	 * An address reduced for matching: the 시도 in its official name, notes in parentheses
	 * dropped, then only letters and digits, so "부산 북구 만덕대로 10" and "부산광역시 북구
	 * 만덕대로10 (만덕동)" are the same address.
	 */
	String normalizedAddress(String address) {
		List<String> tokens = tokens(address);
		if (tokens.isEmpty()) {
			return "";
		}
		Province province = byName.get(tokens.get(0));
		if (province != null) {
			tokens = new ArrayList<>(tokens);
			tokens.set(0, province.official());
		}
		return NOT_LETTERS.matcher(String.join("", tokens).toLowerCase(Locale.ROOT)).replaceAll("");
	}

	private Set<Province> hinted(String hint) {
		Set<Province> found = new LinkedHashSet<>();
		if (hint == null || hint.isBlank()) {
			return found;
		}
		String h = hint.strip().replaceAll("\\s", "");
		Province exact = byName.get(h);
		if (exact != null) {
			found.add(exact);
			return found;
		}
		// "경상" is 경상북도 or 경상남도, "전라" 전북 or 전남: every 시도 one of whose names starts with it
		for (Province p : provinces) {
			if (p.official().startsWith(h) || p.names().stream().anyMatch(n -> n.startsWith(h))) {
				found.add(p);
			}
		}
		return found;
	}

	private List<Province> provincesWithDistrict(String token) {
		return provinces.stream().filter(p -> districtOf(p, token) != null).toList();
	}

	/** The 시군구 a word names in this 시도: as written, or without its 시/군/구 ("해운대" for 해운대구). */
	private static String districtOf(Province province, String word) {
		if (word == null || word.isEmpty()) {
			return null;
		}
		if (province.districts().contains(word)) {
			return word;
		}
		if (word.length() >= 2) {
			for (String suffix : List.of("시", "군", "구")) {
				if (province.districts().contains(word + suffix)) {
					return word + suffix;
				}
			}
		}
		return null;
	}

	private static List<String> tokens(String address) {
		if (address == null || address.isBlank()) {
			return List.of();
		}
		String text = NOTES.matcher(address).replaceAll(" ").strip();
		List<String> tokens = new ArrayList<>();
		for (String t : TOKEN_SEPARATORS.split(text)) {
			if (!t.isEmpty()) {
				tokens.add(t);
			}
		}
		return tokens;
	}
}
