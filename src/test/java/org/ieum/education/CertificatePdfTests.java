package org.ieum.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;

class CertificatePdfTests {

	private static final Certificates.CertificateView CERTIFICATE = new Certificates.CertificateView("2026-ABCDE-FGHJK",
			"김이음", "청소년 사회적경제 교육", LocalDate.of(2026, 11, 20), "김해시 사회적공동체지원센터",
			"https://ieum.example/certificates/2026-ABCDE-FGHJK");

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void withoutAnyKoreanFontTheUserGetsAKoreanMessageNotAnError(@TempDir Path empty) {
		CertificatePdf pdf = new CertificatePdf(empty.resolve("missing.ttf").toString(),
				List.of(empty.resolve("NanumGothic.ttf").toString()), messages());
		assertThat(pdf.font()).isEmpty();
		assertThatThrownBy(() -> pdf.render(CERTIFICATE, Locale.KOREAN)).isInstanceOf(EducationException.class)
			.hasMessage("education.error.noFont");
	}

	@Test
	void aConfiguredFontComesFirstAndTheTextIsKorean() throws Exception {
		Path nanum = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(nanum), "fonts-nanum is not installed");
		CertificatePdf pdf = new CertificatePdf(nanum.toString(), List.of(), messages());
		assertThat(pdf.font()).contains(nanum);
		try (PDDocument document = Loader.loadPDF(pdf.render(CERTIFICATE, Locale.KOREAN))) {
			assertThat(new PDFTextStripper().getText(document)).contains("김이음", "2026-ABCDE-FGHJK",
					"청소년 사회적경제 교육", "김해시 사회적공동체지원센터", "수료일");
		}
	}
}
