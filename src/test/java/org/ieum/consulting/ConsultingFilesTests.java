package org.ieum.consulting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ieum.consulting.cases.ConsultingFiles;
import org.ieum.shared.files.FileArea.StoredFile;
import org.ieum.shared.web.Refusal;
import org.junit.jupiter.api.Test;

/** The name a consulting attachment is offered under always fits what the file really is. */
class ConsultingFilesTests {

	private static final StoredFile PDF = new StoredFile("0b6c.pdf", "application/pdf", 10);
	private static final StoredFile JPEG = new StoredFile("7f1e.jpg", "image/jpeg", 10);
	private static final StoredFile DOCX = new StoredFile("99aa.office", "application/x-tika-ooxml", 10);

	@Test
	void aFittingNameStaysAndANameWithoutExtensionGetsTheContentsOne() {
		assertThat(ConsultingFiles.downloadName("사업계획서.pdf", PDF)).isEqualTo("사업계획서.pdf");
		assertThat(ConsultingFiles.downloadName("현장 사진.JPEG", JPEG)).isEqualTo("현장 사진.JPEG");
		assertThat(ConsultingFiles.downloadName("보고서.docx", DOCX)).isEqualTo("보고서.docx");
		assertThat(ConsultingFiles.downloadName("사업계획서", PDF)).isEqualTo("사업계획서.pdf");
		assertThat(ConsultingFiles.downloadName("2026.최종", PDF)).isEqualTo("2026.최종.pdf");
		assertThat(ConsultingFiles.downloadName("회의록", DOCX)).as("no single extension for Office content").isEqualTo("회의록");
		assertThat(ConsultingFiles.downloadName("../a\"b.pdf", PDF)).isEqualTo(".._a_b.pdf");
		assertThat(ConsultingFiles.downloadName(" ", PDF)).isEqualTo("0b6c.pdf");
		assertThat(ConsultingFiles.downloadName("사진.jfif", JPEG)).isEqualTo("사진.jfif");
		assertThat(ConsultingFiles.downloadName("계획 v2.1", PDF)).as("a version number claims no type").isEqualTo("계획 v2.1.pdf");
		assertThat(ConsultingFiles.downloadName("보고서.최종", DOCX)).isEqualTo("보고서.최종");
		assertThat(ConsultingFiles.downloadName("보고\u0000서\u0007.pdf", PDF)).as("control characters go").isEqualTo("보고서.pdf");
		// 305 chars: keeping the last 200 would begin in the middle of an emoji, so one char more goes
		String kept = ConsultingFiles.downloadName("😀".repeat(150) + "a.pdf", PDF);
		assertThat(kept).hasSize(199).endsWith("😀a.pdf");
		assertThat(Character.isHighSurrogate(kept.charAt(0))).isTrue();
	}

	@Test
	void aNameThatClaimsAnotherTypeIsRefused() {
		assertThatThrownBy(() -> ConsultingFiles.downloadName("견적서.exe", PDF)).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("consulting.error.fileMismatch"));
		assertThatThrownBy(() -> ConsultingFiles.downloadName("사진.png", JPEG)).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> ConsultingFiles.downloadName("문서.html", DOCX)).isInstanceOf(Refusal.class);
		// what Windows or a browser would trim or hide does not get past the check
		assertThatThrownBy(() -> ConsultingFiles.downloadName("보고서.hta.", DOCX)).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> ConsultingFiles.downloadName("견적서.exe\u00A0", PDF)).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> ConsultingFiles.downloadName("x.appref-ms", PDF)).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> ConsultingFiles.downloadName("invoice\u202Efdp.exe", PDF)).isInstanceOf(Refusal.class);
	}
}
