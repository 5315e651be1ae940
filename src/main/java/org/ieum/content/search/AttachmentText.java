package org.ieum.content.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the text inside an attachment for the site search: HWP (5.0 binary), HWPX, PDF and
 * DOCX; other files (pictures, XLSX, PPTX) have none here. Reading stops at
 * {@code ieum.content.search.max-text} characters and gives up after
 * {@code ieum.content.search.read-timeout}; a file that cannot be read yields nothing and is
 * logged, it never stops the post from being saved.
 */
@Component
class AttachmentText {

	private static final Logger log = LoggerFactory.getLogger(AttachmentText.class);

	/** HWPX parts: a ZIP entry is read up to this size at most, the whole package up to eight times it. */
	private static final long MAX_PART_BYTES = 32L * 1024 * 1024;

	private final int maxChars;
	private final Duration timeout;
	private final ExecutorService readers = Executors.newCachedThreadPool(task -> {
		Thread thread = new Thread(task, "attachment-text");
		thread.setDaemon(true);
		return thread;
	});

	AttachmentText(@Value("${ieum.content.search.max-text:200000}") int maxChars,
			@Value("${ieum.content.search.read-timeout:10s}") Duration timeout) {
		this.maxChars = maxChars;
		this.timeout = timeout;
	}

	/** Whether files of this name carry text this class reads. */
	static boolean readable(String fileName) {
		return switch (extension(fileName)) {
			case "hwp", "hwpx", "pdf", "docx" -> true;
			default -> false;
		};
	}

	/** The file's text, at most the limit; empty when it has none or could not be read in time. */
	Optional<String> read(String fileName, byte[] bytes) {
		if (!readable(fileName)) {
			return Optional.empty();
		}
		Future<String> reading = readers.submit(() -> readNow(fileName, bytes));
		try {
			String text = reading.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
			return Optional.of(text.strip()).filter(t -> !t.isEmpty());
		}
		catch (TimeoutException e) {
			reading.cancel(true);
			log.warn("Reading the text of attachment {} took longer than {}: left without text", fileName, timeout);
		}
		catch (ExecutionException e) {
			log.warn("Could not read the text of attachment {}: {}", fileName, e.getCause().toString());
		}
		catch (InterruptedException e) {
			reading.cancel(true);
			Thread.currentThread().interrupt();
		}
		return Optional.empty();
	}

	String readNow(String fileName, byte[] bytes) throws IOException {
		Limited out = new Limited(maxChars);
		try {
			switch (extension(fileName)) {
				case "hwp" -> HwpText.read(bytes, out);
				case "hwpx" -> hwpx(bytes, out);
				case "pdf" -> pdf(bytes, out);
				case "docx" -> docx(bytes, out);
				default -> {
				}
			}
		}
		catch (Limited.Full full) {
			// the first maxChars characters are enough to find the file by
		}
		return out.toString();
	}

	private static void pdf(byte[] bytes, Writer out) throws IOException {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			stripper.writeText(document, out);
		}
	}

	private static void docx(byte[] bytes, Writer out) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			out.write(extractor.getText());
		}
	}

	/**
	 * HWPX is a ZIP of XML parts; the text is in {@code Contents/section*.xml}, in {@code <hp:t>}
	 * elements of paragraphs {@code <hp:p>}. Read with StAX without DTDs or external entities.
	 */
	private static void hwpx(byte[] bytes, Writer out) throws IOException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		long unpacked = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				String name = entry.getName();
				if (!name.startsWith("Contents/section") || !name.endsWith(".xml")) {
					continue;
				}
				byte[] part = readBounded(zip, MAX_PART_BYTES);
				unpacked += part.length;
				if (unpacked > 8 * MAX_PART_BYTES) {
					throw new IOException("HWPX sections unpack beyond the limit");
				}
				section(factory, part, out);
			}
		}
	}

	private static void section(XMLInputFactory factory, byte[] part, Writer out) throws IOException {
		try {
			XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(part));
			int inText = 0;
			while (xml.hasNext()) {
				switch (xml.next()) {
					case XMLStreamConstants.START_ELEMENT -> {
						if (xml.getLocalName().equals("t")) {
							inText++;
						}
					}
					case XMLStreamConstants.END_ELEMENT -> {
						String local = xml.getLocalName();
						if (local.equals("t")) {
							inText--;
						}
						else if (local.equals("p")) {
							out.write('\n');
						}
					}
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
						if (inText > 0) {
							out.write(xml.getText());
						}
					}
					default -> {
					}
				}
			}
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IOException("HWPX section is not well-formed XML", e);
		}
	}

	private static byte[] readBounded(InputStream in, long max) throws IOException {
		byte[] bytes = in.readNBytes((int) max + 1);
		if (bytes.length > max) {
			throw new IOException("HWPX part larger than " + max + " bytes");
		}
		return bytes;
	}

	private static String extension(String fileName) {
		int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** Collects text up to a number of characters, then stops the reader by throwing. */
	static final class Limited extends Writer {

		static final class Full extends RuntimeException {

			Full() {
				super(null, null, false, false);
			}
		}

		private final StringBuilder text = new StringBuilder();
		private final int max;

		Limited(int max) {
			this.max = max;
		}

		@Override
		public void write(char[] chars, int offset, int length) {
			if (Thread.currentThread().isInterrupted()) {
				throw new Full();
			}
			int room = max - text.length();
			text.append(chars, offset, Math.min(room, length));
			if (length >= room) {
				throw new Full();
			}
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

		@Override
		public String toString() {
			return text.toString();
		}
	}
}
