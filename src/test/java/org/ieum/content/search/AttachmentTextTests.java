package org.ieum.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The text inside each kind of attachment, made here as real files of that format. */
class AttachmentTextTests {

	private final AttachmentText reader = new AttachmentText(200_000, Duration.ofSeconds(10));

	@Test
	void aDocxGivesItsParagraphs() throws IOException {
		assertThat(reader.read("사업계획서.docx", docx("마을기업 육성사업 신청 안내", "제출 서류: 정관")))
			.hasValueSatisfying(text -> assertThat(text).contains("마을기업 육성사업 신청 안내", "제출 서류: 정관"));
	}

	@Test
	void aPdfGivesTheTextOfItsPages() throws IOException {
		assertThat(reader.read("guide.pdf", pdf("Cooperative startup guide", "second page budget")))
			.hasValueSatisfying(text -> assertThat(text).contains("Cooperative startup guide", "second page budget"));
	}

	@Test
	void anHwpxGivesTheTextOfItsSections() throws IOException {
		byte[] hwpx = hwpx("<hp:p><hp:run><hp:t>사회적협동조합 </hp:t><hp:t>설립 절차</hp:t></hp:run></hp:p>"
				+ "<hp:p><hp:run><hp:t>두 번째 문단 &amp; 기호</hp:t></hp:run></hp:p>");
		assertThat(reader.read("공고문.hwpx", hwpx)).hasValueSatisfying(
				text -> assertThat(text).contains("사회적협동조합 설립 절차", "두 번째 문단 & 기호").doesNotContain("hp:"));
	}

	@Test
	void anHwpxNeverResolvesAnExternalEntity() throws IOException {
		byte[] hwpx = hwpxRaw("<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<hs:sec xmlns:hs=\"urn:s\" xmlns:hp=\"urn:p\"><hp:p><hp:t>보이는 글 &x;</hp:t></hp:p></hs:sec>");
		assertThat(reader.read("수상한.hwpx", hwpx).orElse("")).doesNotContain("root:");
	}

	@Test
	void anHwpGivesTheTextOfItsParagraphsWithoutItsControls() throws IOException {
		byte[] hwp = hwp(true, "지역 순환 경제 공모", "표\u000b앞뒤 글자", "탭\u0009다음");
		assertThat(reader.read("공모.hwp", hwp)).hasValueSatisfying(text -> assertThat(text)
			.contains("지역 순환 경제 공모", "표앞뒤 글자", "탭\t다음"));
		assertThat(reader.read("공모.hwp", hwp(false, "압축하지 않은 문서"))).contains("압축하지 않은 문서");
	}

	@Test
	void textStopsAtTheLimit() throws IOException {
		AttachmentText small = new AttachmentText(20, Duration.ofSeconds(10));
		assertThat(small.read("긴 글.docx", docx("가나다라마바사아자차카타파하 가나다라마바사아자차카타파하")))
			.hasValueSatisfying(text -> assertThat(text).hasSize(20));
	}

	@Test
	void aBrokenFileOrAPictureGivesNothingAndThrowsNothing() {
		assertThat(reader.read("깨진.docx", "not a zip".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(reader.read("깨진.hwp", "not an ole file".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(reader.read("깨진.pdf", new byte[] { 1, 2, 3 })).isEmpty();
		assertThat(reader.read("사진.jpg", new byte[] { 1, 2, 3 })).isEmpty();
	}

	static byte[] docx(String... paragraphs) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String paragraph : paragraphs) {
				document.createParagraph().createRun().setText(paragraph);
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	static byte[] pdf(String... pages) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : pages) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
					content.newLineAtOffset(72, 700);
					content.showText(line);
					content.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] hwpx(String paragraphs) throws IOException {
		return hwpxRaw("<?xml version=\"1.0\" encoding=\"UTF-8\"?><hs:sec xmlns:hs=\"http://www.hancom.co.kr/hwpml/2011/section\" "
				+ "xmlns:hp=\"http://www.hancom.co.kr/hwpml/2011/paragraph\">" + paragraphs + "</hs:sec>");
	}

	private static byte[] hwpxRaw(String section) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			byte[] mimetype = "application/hwp+zip".getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(mimetype.length);
			java.util.zip.CRC32 crc = new java.util.zip.CRC32();
			crc.update(mimetype);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(mimetype);
			zip.putNextEntry(new ZipEntry("Contents/section0.xml"));
			zip.write(section.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	/**
	 * An HWP 5 file as the format describes it: an OLE file with a FileHeader (signature, version,
	 * flags) and BodyText/Section0 holding a paragraph header and a PARA_TEXT record per paragraph,
	 * raw-deflated when compressed. A control character below 32 (other than the one-character
	 * ones) is written as the format stores it: the code, six words of data, the code again.
	 */
	static byte[] hwp(boolean compressed, String... paragraphs) throws IOException {
		ByteArrayOutputStream records = new ByteArrayOutputStream();
		for (String paragraph : paragraphs) {
			ByteArrayOutputStream text = new ByteArrayOutputStream();
			for (char c : paragraph.toCharArray()) {
				writeChar(text, c);
				if (c < 32 && c != 10 && c != 13 && c < 24) {
					for (int i = 0; i < 6; i++) {
						writeChar(text, 'x');
					}
					writeChar(text, c);
				}
			}
			writeChar(text, (char) 13);
			record(records, 0x10 + 50, new byte[22]);
			record(records, 0x10 + 51, text.toByteArray());
		}
		byte[] section = records.toByteArray();
		if (compressed) {
			Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
			deflater.setInput(section);
			deflater.finish();
			ByteArrayOutputStream packed = new ByteArrayOutputStream();
			byte[] buffer = new byte[4096];
			while (!deflater.finished()) {
				packed.write(buffer, 0, deflater.deflate(buffer));
			}
			deflater.end();
			section = packed.toByteArray();
		}
		byte[] header = new byte[256];
		byte[] signature = "HWP Document File".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(signature, 0, header, 0, signature.length);
		ByteBuffer.wrap(header, 32, 8).order(ByteOrder.LITTLE_ENDIAN).putInt(0x05000300).putInt(compressed ? 1 : 0);
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fs.createDocument(new ByteArrayInputStream(header), "FileHeader");
			DirectoryEntry body = fs.getRoot().createDirectory("BodyText");
			body.createDocument("Section0", new ByteArrayInputStream(section));
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	private static void writeChar(ByteArrayOutputStream out, char c) {
		out.write(c & 0xFF);
		out.write(c >>> 8);
	}

	private static void record(ByteArrayOutputStream out, int tag, byte[] data) {
		int header = tag | (data.length << 20);
		out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(header).array());
		out.writeBytes(data);
	}
}
