package org.ieum.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One cleaning of sent file names for every module's downloads. */
class DownloadNamesTests {

	@Test
	void pathReservedControlAndInvisibleCharactersAndTrailingDotsGo() {
		assertThat(DownloadNames.of("../계획:서?.pdf", "a1.pdf")).isEqualTo(".._계획_서_.pdf");
		assertThat(DownloadNames.of("보고\u0000서\r\n.pdf", "a1.pdf")).isEqualTo("보고서.pdf");
		assertThat(DownloadNames.of("invoice\u202Efdp.exe", "a1.pdf")).isEqualTo("invoicefdp.exe");
		assertThat(DownloadNames.of(" 견적서.hwp.\u00A0 ", "a1.hwp")).isEqualTo("견적서.hwp");
		assertThat(DownloadNames.of(" . ", "a1.pdf")).isEqualTo("a1.pdf");
		assertThat(DownloadNames.of(null, "a1.pdf")).isEqualTo("a1.pdf");
	}

	@Test
	void aLongNameKeepsItsEndAndWholeCharacters() {
		assertThat(DownloadNames.of("가".repeat(300) + ".pdf", "a1.pdf")).hasSize(200).endsWith("가.pdf");
		String kept = DownloadNames.of("😀".repeat(150) + "a.pdf", "a1.pdf");
		assertThat(kept).hasSize(199);
		assertThat(Character.isHighSurrogate(kept.charAt(0))).isTrue();
	}
}
