package org.ieum.education.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.ieum.shared.web.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;

class CertificatePdfTests {

	private static final Certificates.CertificateView CERTIFICATE = new Certificates.CertificateView("2026-ABCDE-FGHJK",
			"김이음", "청소년 사회적경제 교육", LocalDate.of(2026, 11, 20), "김해시 사회적공동체지원센터",
			"https://ieum.example/certificates/2026-ABCDE-FGHJK");

	/** A syllable outside KS X 1001 and outside the bundled subset. */
	private static final Certificates.CertificateView RARE_NAME = new Certificates.CertificateView("2026-ABCDE-FGHJK",
			"김쀍", "청소년 사회적경제 교육", LocalDate.of(2026, 11, 20), "김해시 사회적공동체지원센터",
			"https://ieum.example/certificates/2026-ABCDE-FGHJK");

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static List<String> embeddedFonts(PDDocument document) throws Exception {
		List<String> names = new ArrayList<>();
		var resources = document.getPage(0).getResources();
		for (COSName name : resources.getFontNames()) {
			names.add(resources.getFont(name).getName());
		}
		return names;
	}

	@Test
	void onAMachineWithoutAnyKoreanFontTheBundledFontDrawsTheCertificate(@TempDir Path empty) throws Exception {
		// no configured file, and none of the system places exist: only what ships with the application
		CertificatePdf pdf = new CertificatePdf("", List.of(empty.resolve("NanumGothic.ttf").toString()), messages());
		assertThat(pdf.fonts()).containsExactly(CertificatePdf.BUNDLED_FONT);
		try (PDDocument document = Loader.loadPDF(pdf.render(CERTIFICATE, Locale.KOREAN))) {
			assertThat(embeddedFonts(document)).singleElement().asString().contains("PretendardGOV-Regular");
			assertThat(new PDFTextStripper().getText(document)).contains("김이음", "2026-ABCDE-FGHJK",
					"청소년 사회적경제 교육", "김해시 사회적공동체지원센터", "수료일");
		}
	}

	@Test
	void aMissingConfiguredFileFallsBackToTheBundledFont(@TempDir Path empty) throws Exception {
		CertificatePdf pdf = new CertificatePdf(empty.resolve("missing.ttf").toString(), List.of(), messages());
		try (PDDocument document = Loader.loadPDF(pdf.render(CERTIFICATE, Locale.KOREAN))) {
			assertThat(embeddedFonts(document)).singleElement().asString().contains("PretendardGOV");
		}
	}

	@Test
	void aRareSyllableTheBundledFontLacksGetsAKoreanMessageWhenNoOtherFontHasIt(@TempDir Path empty) {
		CertificatePdf pdf = new CertificatePdf("", List.of(), messages());
		assertThatThrownBy(() -> pdf.render(RARE_NAME, Locale.KOREAN)).isInstanceOf(Refusal.class)
			.hasMessage("education.error.fontMissesCharacters");
		assertThat(messages().getMessage("education.error.fontMissesCharacters", null, Locale.KOREAN))
			.contains("수료증을 만들 수 없습니다");
	}

	@Test
	void aRareSyllableIsDrawnWithAnInstalledFontThatHasIt() throws Exception {
		Path nanum = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
		Assumptions.assumeTrue(Files.isReadable(nanum), "fonts-nanum is not installed");
		CertificatePdf pdf = new CertificatePdf("", List.of(nanum.toString()), messages());
		try (PDDocument document = Loader.loadPDF(pdf.render(RARE_NAME, Locale.KOREAN))) {
			assertThat(embeddedFonts(document)).singleElement().asString().contains("NanumGothic");
			assertThat(new PDFTextStripper().getText(document)).contains("김쀍");
		}
	}

	@Test
	void aConfiguredFontComesFirstAndTheTextIsKorean() throws Exception {
		Path nanum = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
		Assumptions.assumeTrue(Files.isReadable(nanum), "fonts-nanum is not installed");
		CertificatePdf pdf = new CertificatePdf(nanum.toString(), List.of(), messages());
		assertThat(pdf.fonts()).startsWith(nanum.toString(), CertificatePdf.BUNDLED_FONT);
		try (PDDocument document = Loader.loadPDF(pdf.render(CERTIFICATE, Locale.KOREAN))) {
			assertThat(embeddedFonts(document)).singleElement().asString().contains("NanumGothic");
			assertThat(new PDFTextStripper().getText(document)).contains("김이음", "2026-ABCDE-FGHJK",
					"청소년 사회적경제 교육", "김해시 사회적공동체지원센터", "수료일");
		}
	}
}
