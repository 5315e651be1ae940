package org.ieum.education.certificates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Autowired;
import org.ieum.shared.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Draws a certificate as an A4 PDF with a Korean TrueType font embedded (subset), so it
 * prints the same everywhere. The application ships its own font, Pretendard GOV (the KS X 1001
 * subset of its regular weight, SIL Open Font License, see THIRD-PARTY-NOTICES.md), so a bare JDK
 * is enough. A file set in {@code ieum.education.certificate-font} comes first. A name with a rare
 * syllable outside the bundled subset (쀍) is drawn with the first Korean font on the machine that
 * has it (fonts-nanum, Noto CJK, Malgun Gothic); when none has, the staff member gets a Korean message.
 */
@Component
public class CertificatePdf {

	public static final List<String> KNOWN_FONTS = List.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
			"/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf", "/usr/share/fonts/nanum/NanumGothic.ttf",
			"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
			"C:/Windows/Fonts/malgun.ttf", "/System/Library/Fonts/AppleSDGothicNeo.ttc",
			"/Library/Fonts/NanumGothic.ttf");

	public static final String BUNDLED_FONT = "fonts/PretendardGOV-Regular.subset.ttf";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy. M. d.");

	private final String configuredFont;
	private final List<String> knownFonts;
	private final MessageSource messages;
	private volatile byte[] bundled;

	@Autowired
	CertificatePdf(@Value("${ieum.education.certificate-font:}") String configuredFont, MessageSource messages) {
		this(configuredFont, KNOWN_FONTS, messages);
	}

	CertificatePdf(String configuredFont, List<String> knownFonts, MessageSource messages) {
		this.configuredFont = configuredFont;
		this.knownFonts = knownFonts;
		this.messages = messages;
	}

	/**
	 * The fonts a certificate may be drawn with, first choice first: the configured file, the
	 * bundled font, then the Korean fonts installed on the machine.
	 */
	public List<String> fonts() {
		List<String> files = Stream.concat(Stream.of(configuredFont), knownFonts.stream())
			.filter(f -> !f.isBlank() && Files.isReadable(Path.of(f)))
			// PDFBox embeds TrueType (.ttf) fonts; collections (.ttc) need a name, so take plain files only
			.filter(f -> f.toLowerCase(Locale.ROOT).endsWith(".ttf"))
			.toList();
		List<String> fonts = new ArrayList<>(files);
		fonts.add(files.isEmpty() || !files.get(0).equals(configuredFont) ? 0 : 1, BUNDLED_FONT);
		return fonts;
	}

	public byte[] render(Certificates.CertificateView certificate, Locale locale) {
		String title = text("education.certificate.title", locale);
		List<String[]> rows = List.of(
				new String[] { text("education.certificate.name", locale), certificate.participantName() },
				new String[] { text("education.certificate.course", locale), certificate.courseTitle() },
				new String[] { text("education.certificate.date", locale), DATE.format(certificate.completedOn()) });
		String number = text("education.certificate.number", locale) + " " + certificate.number();
		String statement = text("education.certificate.statement", locale);
		String verify = text("education.certificate.verify", locale) + " " + certificate.verificationUrl();
		List<String> everything = new ArrayList<>(List.of(title, number, statement, certificate.centerName(), verify));
		rows.forEach(row -> everything.addAll(List.of(row)));
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDType0Font font = fontFor(document, everything);
			document.getDocumentInformation().setTitle(title + " " + certificate.number());
			float width = page.getMediaBox().getWidth();
			float height = page.getMediaBox().getHeight();
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.setLineWidth(2f);
				content.addRect(36, 36, width - 72, height - 72);
				content.stroke();
				centered(content, font, 40, height - 160, title, width);
				left(content, font, 11, 72, height - 210, number);
				float y = height - 300;
				for (String[] row : rows) {
					left(content, font, 14, 110, y, row[0]);
					left(content, font, 16, 210, y, row[1]);
					y -= 40;
				}
				centered(content, font, 16, y - 40, statement, width);
				centered(content, font, 14, 230, DATE.format(certificate.completedOn()), width);
				centered(content, font, 24, 180, certificate.centerName(), width);
				left(content, font, 9, 72, 70, verify);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first font that has every character of the certificate, loaded into the document. */
	private PDType0Font fontFor(PDDocument document, List<String> texts) throws IOException {
		for (String candidate : fonts()) {
			PDType0Font font = candidate.equals(BUNDLED_FONT)
					? PDType0Font.load(document, new ByteArrayInputStream(bundledFont()))
					: PDType0Font.load(document, Path.of(candidate).toFile());
			if (texts.stream().allMatch(text -> draws(font, text))) {
				return font;
			}
		}
		throw new Refusal("education.error.fontMissesCharacters");
	}

	private static boolean draws(PDType0Font font, String text) {
		try {
			for (String word : text.split(" ")) {
				font.encode(word);
			}
			return true;
		}
		catch (IllegalArgumentException | IOException ex) {
			return false;
		}
	}

	private byte[] bundledFont() throws IOException {
		byte[] bytes = bundled;
		if (bytes == null) {
			try (InputStream in = new ClassPathResource(BUNDLED_FONT).getInputStream()) {
				bytes = in.readAllBytes();
			}
			bundled = bytes;
		}
		return bytes;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static void centered(PDPageContentStream content, PDType0Font font, float size, float y, String text,
			float pageWidth) throws IOException {
		float textWidth = font.getStringWidth(text) / 1000 * size;
		left(content, font, size, Math.max(40, (pageWidth - textWidth) / 2), y, text);
	}

	/**
	 * Draws word by word and leaves the gaps empty: Nanum Gothic's space glyph maps back to
	 * U+0000 in the embedded subset, so a drawn space would copy out of the PDF as a NUL.
	 */
	private static void left(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
			throws IOException {
		// a wider gap than the font's narrow space, so text extraction (copy, screen readers) sees the word break
		float space = size * 0.4f;
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, y);
		for (String word : text.split(" ")) {
			if (!word.isEmpty()) {
				content.showText(word);
			}
			content.newLineAtOffset(font.getStringWidth(word) / 1000 * size + space, 0);
		}
		content.endText();
	}

	/** The certificate as a download named after its number, for the member and for staff alike. */
	public static ResponseEntity<byte[]> download(byte[] bytes, String number) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("certificate-" + number + ".pdf").build().toString())
			.body(bytes);
	}
}
