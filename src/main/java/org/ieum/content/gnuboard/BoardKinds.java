package org.ieum.content.gnuboard;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ieum.content.board.BoardKind;

/**
 * Which kind of board a Gnuboard board becomes: the one the operator named with {@code --map},
 * or one read from its skin and names (a gallery skin makes a 갤러리, "qa" or 문의 a 1:1 문의,
 * "notice" or 공지 a 공지사항, and so on); a board that fits none is a 자료실 when it has
 * attachments and a 자유게시판 when it has none.
 */
final class BoardKinds {

	private static final Map<String, BoardKind> NAMES = Map.ofEntries(Map.entry("notice", BoardKind.NOTICE),
			Map.entry("notices", BoardKind.NOTICE), Map.entry("공지사항", BoardKind.NOTICE), Map.entry("press", BoardKind.PRESS),
			Map.entry("보도자료", BoardKind.PRESS), Map.entry("resources", BoardKind.RESOURCES),
			Map.entry("자료실", BoardKind.RESOURCES), Map.entry("gallery", BoardKind.GALLERY), Map.entry("갤러리", BoardKind.GALLERY),
			Map.entry("faq", BoardKind.FAQ), Map.entry("qna", BoardKind.QNA), Map.entry("qa", BoardKind.QNA),
			Map.entry("1:1", BoardKind.QNA), Map.entry("문의", BoardKind.QNA), Map.entry("free", BoardKind.FREE),
			Map.entry("자유게시판", BoardKind.FREE));

	private BoardKinds() {
	}

	/** The kind an operator named in {@code --map} (English or Korean), if the word is one. */
	static Optional<BoardKind> named(String word) {
		return Optional.ofNullable(NAMES.get(word.strip().toLowerCase(Locale.ROOT)));
	}

	/** The kind read from the board's table name, title and skin. */
	static BoardKind guess(String table, String subject, String skin, boolean hasFiles) {
		String name = (table + " " + subject).toLowerCase(Locale.ROOT);
		if (skin.toLowerCase(Locale.ROOT).contains("gallery") || has(name, "gallery", "갤러리", "사진", "포토")) {
			return BoardKind.GALLERY;
		}
		if (has(name, "faq", "자주")) {
			return BoardKind.FAQ;
		}
		if (table.equalsIgnoreCase("qa") || has(name, "qna", "qa_", "_qa", "문의", "질문", "상담")
				|| skin.toLowerCase(Locale.ROOT).contains("qa")) {
			return BoardKind.QNA;
		}
		if (has(name, "notice", "noti", "공지", "알림")) {
			return BoardKind.NOTICE;
		}
		if (has(name, "press", "news", "보도", "언론")) {
			return BoardKind.PRESS;
		}
		if (has(name, "pds", "data", "file", "자료")) {
			return BoardKind.RESOURCES;
		}
		if (has(name, "free", "자유")) {
			return BoardKind.FREE;
		}
		return hasFiles ? BoardKind.RESOURCES : BoardKind.FREE;
	}

	/** A board address from the table name: lower case, {@code _} as {@code -}, two to forty characters. */
	static String slugOf(String table) {
		String slug = table.toLowerCase(Locale.ROOT).replace('_', '-').replaceAll("[^a-z0-9-]", "");
		slug = slug.replaceAll("^-+", "");
		if (slug.length() < 2) {
			slug = "g5-" + slug;
		}
		return slug.length() > 36 ? slug.substring(0, 36) : slug;
	}

	private static boolean has(String text, String... words) {
		for (String word : words) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}
}
