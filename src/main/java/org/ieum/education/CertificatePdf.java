package org.ieum.education;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Draws a certificate as an A4 PDF with a Korean TrueType font embedded (subset), so it
 * prints the same everywhere. Fonts are not shipped in the repository: the configured
 * file ({@code ieum.education.certificate-font}) is used, else the first Korean font found
 * in the usual places on Debian/Ubuntu (fonts-nanum, Noto CJK), Windows and macOS.
 */
@Component
class CertificatePdf {

	static final List<String> KNOWN_FONTS = List.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
			"/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf", "/usr/share/fonts/nanum/NanumGothic.ttf",
			"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
			"C:/Windows/Fonts/malgun.ttf", "/System/Library/Fonts/AppleSDGothicNeo.ttc",
			"/Library/Fonts/NanumGothic.ttf");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy. M. d.");

	private final String configuredFont;
	private final List<String> knownFonts;
	private final MessageSource messages;

	@org.springframework.beans.factory.annotation.Autowired
	CertificatePdf(@Value("${ieum.education.certificate-font:}") String configuredFont, MessageSource messages) {
		this(configuredFont, KNOWN_FONTS, messages);
	}

	CertificatePdf(String configuredFont, List<String> knownFonts, MessageSource messages) {
		this.configuredFont = configuredFont;
		this.knownFonts = knownFonts;
		this.messages = messages;
	}

	/** The font file in use, or empty when none is installed (the page then explains what to install). */
	Optional<Path> font() {
		Stream<String> candidates = configuredFont.isBlank() ? knownFonts.stream()
				: Stream.concat(Stream.of(configuredFont), knownFonts.stream());
		return candidates.map(Path::of).filter(Files::isReadable)
			// PDFBox embeds TrueType (.ttf) fonts; collections (.ttc) need a name, so take plain files first
			.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
			.findFirst();
	}

	byte[] render(Certificates.CertificateView certificate, Locale locale) {
		Path fontFile = font().orElseThrow(() -> new EducationException("education.error.noFont"));
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDType0Font font = PDType0Font.load(document, fontFile.toFile());
			document.getDocumentInformation().setTitle(text("education.certificate.title", locale) + " " + certificate.number());
			float width = page.getMediaBox().getWidth();
			float height = page.getMediaBox().getHeight();
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.setLineWidth(2f);
				content.addRect(36, 36, width - 72, height - 72);
				content.stroke();
				centered(content, font, 40, height - 160, text("education.certificate.title", locale), width);
				left(content, font, 11, 72, height - 210,
						text("education.certificate.number", locale) + " " + certificate.number());
				float y = height - 300;
				for (String[] row : List.of(
						new String[] { text("education.certificate.name", locale), certificate.participantName() },
						new String[] { text("education.certificate.course", locale), certificate.courseTitle() },
						new String[] { text("education.certificate.date", locale), DATE.format(certificate.completedOn()) })) {
					left(content, font, 14, 110, y, row[0]);
					left(content, font, 16, 210, y, row[1]);
					y -= 40;
				}
				centered(content, font, 16, y - 40, text("education.certificate.statement", locale), width);
				centered(content, font, 14, 230, DATE.format(certificate.completedOn()), width);
				centered(content, font, 24, 180, certificate.centerName(), width);
				left(content, font, 9, 72, 70, text("education.certificate.verify", locale) + " " + certificate.verificationUrl());
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
}
