package org.ieum.content.gnuboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.ieum.content.board.BoardKind;
import org.junit.jupiter.api.Test;

/** How a Gnuboard board is read when the operator did not map it, and the rows' dates. */
class BoardKindsTests {

	@Test
	void aBoardsSkinAndNamesSayWhatItIs() {
		assertThat(BoardKinds.guess("photo", "활동 모음", "gallery", false)).isEqualTo(BoardKind.GALLERY);
		assertThat(BoardKinds.guess("qa", "질문답변", "basic", false)).isEqualTo(BoardKind.QNA);
		assertThat(BoardKinds.guess("counsel", "1:1 상담", "basic", false)).isEqualTo(BoardKind.QNA);
		assertThat(BoardKinds.guess("notice", "공지사항", "basic", false)).isEqualTo(BoardKind.NOTICE);
		assertThat(BoardKinds.guess("b01", "알림마당", "basic", false)).isEqualTo(BoardKind.NOTICE);
		assertThat(BoardKinds.guess("media", "보도자료", "basic", true)).isEqualTo(BoardKind.PRESS);
		assertThat(BoardKinds.guess("faq", "자주 묻는 질문", "basic", false)).isEqualTo(BoardKind.FAQ);
		assertThat(BoardKinds.guess("pds", "서식 모음", "basic", false)).isEqualTo(BoardKind.RESOURCES);
		assertThat(BoardKinds.guess("free", "자유게시판", "basic", false)).isEqualTo(BoardKind.FREE);
		assertThat(BoardKinds.guess("b02", "이야기", "basic", true)).as("files make a 자료실").isEqualTo(BoardKind.RESOURCES);
		assertThat(BoardKinds.guess("b03", "이야기", "basic", false)).isEqualTo(BoardKind.FREE);
	}

	@Test
	void mapWordsAreKindsInEnglishOrKorean() {
		assertThat(BoardKinds.named("notices")).contains(BoardKind.NOTICE);
		assertThat(BoardKinds.named("갤러리")).contains(BoardKind.GALLERY);
		assertThat(BoardKinds.named("QnA")).contains(BoardKind.QNA);
		assertThat(BoardKinds.named("board-7")).isEmpty();
	}

	@Test
	void aTableNameBecomesABoardAddress() {
		assertThat(BoardKinds.slugOf("data_room")).isEqualTo("data-room");
		assertThat(BoardKinds.slugOf("Q")).isEqualTo("g5-q");
		assertThat(BoardKinds.slugOf("_x1")).isEqualTo("x1");
	}

	@Test
	void datesAreSeoulTimeAndTheZeroDateIsNoDate() {
		assertThat(GnuboardImports.dateOf("2019-03-04 09:30:00")).isEqualTo(Instant.parse("2019-03-04T00:30:00Z"));
		assertThat(GnuboardImports.dateOf("0000-00-00 00:00:00")).isNull();
		assertThat(GnuboardImports.dateOf("2019-02-30 10:00:00")).isNull();
		assertThat(GnuboardImports.dateOf("")).isNull();
	}
}
