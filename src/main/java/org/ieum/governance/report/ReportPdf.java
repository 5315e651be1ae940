package org.ieum.governance.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The report as an A4 PDF with the application's own Korean font embedded (Pretendard GOV, the
 * subset the certificates use), so it prints the same everywhere with nothing installed. Each area
 * is its table of figures; an area whose rows count one thing also gets a bar chart drawn with
 * PDFBox rectangles under the table. A character outside the font's set (a rare syllable in a
 * book title) is printed as "?" rather than failing the whole report.
 */
@Component
class ReportPdf {

	static final String FONT = "fonts/PretendardGOV-Regular.subset.ttf";

	private static final float MARGIN = 50;
	private static final float LINE = 16;
	private static final float BAR = 10;
	private static final Color BAR_COLOR = new Color(0x0b, 0x50, 0xd0);

	private final MessageSource messages;

	ReportPdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(ReportView report) {
		Locale locale = LocaleContextHolder.getLocale();
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType0Font font;
			try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
				font = PDType0Font.load(document, in);
			}
			String title = messages.getMessage("report.heading", new Object[] { report.centerName(), report.year() }, locale);
			document.getDocumentInformation().setTitle(title);
			Pages pages = new Pages(document, font);
			pages.text(20, MARGIN, title);
			pages.gap(8);
			pages.text(10, MARGIN, messages.getMessage(report.rollup() ? "report.scope.rollup" : "report.scope.single",
					new Object[] { report.centers() }, locale));
			pages.text(10, MARGIN, messages.getMessage("report.madeOn", new Object[] { report.madeOn().toString() }, locale));
			pages.gap(12);
			if (report.empty()) {
				pages.text(12, MARGIN, messages.getMessage("report.empty", new Object[] { report.year() }, locale));
			}
			for (ReportView.Table table : report.tables()) {
				int height = table.lines().size() + (table.summed() ? 1 : 0) + 3
						+ (table.chart() ? table.lines().size() + 1 : 0);
				pages.room(Math.min(height, 12) * LINE);
				pages.text(14, MARGIN, table.title());
				pages.gap(4);
				for (ReportView.Line line : table.lines()) {
					pages.row(line.label(), line.shown());
				}
				if (table.summed()) {
					pages.row(messages.getMessage("figures.total", null, locale), table.shownTotal());
				}
				if (table.chart()) {
					pages.gap(6);
					pages.bars(table);
				}
				pages.gap(14);
			}
			pages.close();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes down the page and starts a new one when the next block does not fit. */
	private static final class Pages {

		private final PDDocument document;
		private final PDType0Font font;
		private final float width = PDRectangle.A4.getWidth();
		private PDPageContentStream content;
		private float y;

		Pages(PDDocument document, PDType0Font font) throws IOException {
			this.document = document;
			this.font = font;
			next();
		}

		private void next() throws IOException {
			if (content != null) {
				content.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}

		void room(float needed) throws IOException {
			if (y - needed < MARGIN) {
				next();
			}
		}

		void gap(float points) {
			y -= points;
		}

		void text(float size, float x, String text) throws IOException {
			room(size + 4);
			y -= size + 4;
			draw(size, x, y, fit(text, size, width - x - MARGIN));
		}

		void row(String label, String value) throws IOException {
			room(LINE);
			y -= LINE;
			float valueWidth = textWidth(value, 10);
			draw(10, MARGIN + 10, y, fit(label, 10, width - 2 * MARGIN - valueWidth - 30));
			draw(10, width - MARGIN - valueWidth, y, value);
			content.setStrokingColor(Color.LIGHT_GRAY);
			content.setLineWidth(0.5f);
			content.moveTo(MARGIN, y - 4);
			content.lineTo(width - MARGIN, y - 4);
			content.stroke();
		}

		/** One bar per row, as long as its share of the largest, with the label on its left. */
		void bars(ReportView.Table table) throws IOException {
			BigDecimal max = table.lines().stream().map(ReportView.Line::amount).max(BigDecimal::compareTo)
				.orElse(BigDecimal.ZERO);
			float labelWidth = 170;
			float barSpace = width - 2 * MARGIN - labelWidth - 70;
			for (ReportView.Line line : table.lines()) {
				room(LINE);
				y -= LINE;
				draw(8, MARGIN + 10, y, fit(line.label(), 8, labelWidth - 14));
				float length = max.signum() == 0 ? 0 : line.amount().floatValue() / max.floatValue() * barSpace;
				content.setNonStrokingColor(BAR_COLOR);
				content.addRect(MARGIN + labelWidth, y - 1, Math.max(length, 0.5f), BAR);
				content.fill();
				content.setNonStrokingColor(Color.BLACK);
				draw(8, MARGIN + labelWidth + length + 4, y, line.shown());
			}
		}

		void close() throws IOException {
			content.close();
		}

		private void draw(float size, float x, float atY, String text) throws IOException {
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(x, atY);
			content.showText(drawable(text));
			content.endText();
		}

		private float textWidth(String text, float size) throws IOException {
			return font.getStringWidth(drawable(text)) / 1000 * size;
		}

		/** The text shortened with "…" to fit a width, so a long label never runs into the figure. */
		private String fit(String text, float size, float available) throws IOException {
			String shown = drawable(text);
			if (textWidth(shown, size) <= available) {
				return shown;
			}
			while (shown.length() > 1 && textWidth(shown + "...", size) > available) {
				shown = shown.substring(0, shown.length() - 1);
			}
			return shown + "...";
		}

		/** Every character the font has, "?" for the others. */
		private String drawable(String text) {
			StringBuilder out = new StringBuilder(text.length());
			text.codePoints().forEach(cp -> {
				String c = new String(Character.toChars(cp));
				try {
					font.encode(c);
					out.append(c);
				}
				catch (IllegalArgumentException | IOException ex) {
					out.append('?');
				}
			});
			return out.toString();
		}
	}
}
