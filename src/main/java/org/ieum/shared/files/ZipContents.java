package org.ieum.shared.files;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Refuses a decompression bomb: a ZIP-based file (DOCX, XLSX, PPTX, HWPX, ODF, a ZIP) whose
 * entries inflate to more than {@link UploadLimits} allow. Entries are inflated as a stream and
 * counted, never written out, and reading stops at the first byte over a limit, so a 2 GB bomb
 * costs the inflating of a few megabytes. What the central directory declares is checked as
 * well, since Office readers trust it rather than the entries as they come.
 */
final class ZipContents {

	private static final int LOCAL_HEADER = 0x04034b50;
	private static final int CENTRAL_HEADER = 0x02014b50;
	private static final int END_OF_DIRECTORY = 0x06054b50;

	private ZipContents() {
	}

	/** Whether the bytes begin as a ZIP does, whatever the detected type says. */
	static boolean isZip(byte[] bytes) {
		return bytes.length >= 4 && ByteBuffer.wrap(bytes, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() == LOCAL_HEADER;
	}

	/** Throws {@link RefusedUpload} when the ZIP unpacks past a limit, or is too damaged to tell. */
	static void check(byte[] bytes, UploadLimits limits) {
		declared(bytes, limits);
		check(new ByteArrayInputStream(bytes), limits);
	}

	/** The same check on a stream (a file on disk), without the central directory. */
	static void check(InputStream in, UploadLimits limits) {
		Budget budget = new Budget(limits, new Counting(in));
		try {
			walk(budget.raw, 0, budget);
		}
		catch (ZipException | IllegalArgumentException ex) {
			throw new RefusedUpload(RefusedUpload.Reason.BROKEN);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void walk(InputStream in, int depth, Budget budget) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(in)) {
			entries(zip, depth, budget);
		}
	}

	private static void entries(ZipInputStream zip, int depth, Budget budget) throws IOException {
		byte[] buffer = new byte[16 * 1024];
		ZipEntry entry;
		while ((entry = zip.getNextEntry()) != null) {
			budget.entry();
			if (entry.isDirectory()) {
				continue;
			}
			Counted inflated = new Counted(zip, budget);
			byte[] head = inflated.readNBytes(4);
			if (isZip(head)) {
				if (depth >= budget.limits.maxNesting()) {
					throw new RefusedUpload(RefusedUpload.Reason.UNPACKS_TOO_LARGE);
				}
				walk(new SequenceInputStream(new ByteArrayInputStream(head), inflated), depth + 1, budget);
			}
			while (inflated.read(buffer) >= 0) {
				// counted as it goes by
			}
		}
	}

	/** The entry count and the sizes the central directory declares, as a reader that trusts it sees them. */
	private static void declared(byte[] bytes, UploadLimits limits) {
		ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		int end = -1;
		for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
			if (zip.getInt(i) == END_OF_DIRECTORY) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			return; // no directory: the streaming walk decides
		}
		int entries = Short.toUnsignedInt(zip.getShort(end + 10));
		long offset = Integer.toUnsignedLong(zip.getInt(end + 16));
		if (entries > limits.maxEntries()) {
			throw new RefusedUpload(RefusedUpload.Reason.UNPACKS_TOO_LARGE);
		}
		long total = 0;
		int pos = (int) Math.min(offset, bytes.length);
		for (int i = 0; i < entries; i++) {
			if (pos + 46 > bytes.length || zip.getInt(pos) != CENTRAL_HEADER) {
				throw new RefusedUpload(RefusedUpload.Reason.BROKEN);
			}
			long size = Integer.toUnsignedLong(zip.getInt(pos + 24));
			// 0xFFFFFFFF: the real size is in a ZIP64 field, far above anything an upload may unpack to
			total += size;
			if (total > limits.maxUnpackedSize().toBytes()) {
				throw new RefusedUpload(RefusedUpload.Reason.UNPACKS_TOO_LARGE);
			}
			pos += 46 + Short.toUnsignedInt(zip.getShort(pos + 28)) + Short.toUnsignedInt(zip.getShort(pos + 30))
					+ Short.toUnsignedInt(zip.getShort(pos + 32));
		}
	}

	/** What has been inflated so far against the limits, and how many raw bytes it came from. */
	private static final class Budget {

		final UploadLimits limits;
		final Counting raw;
		long inflated;
		int entries;

		Budget(UploadLimits limits, Counting raw) {
			this.limits = limits;
			this.raw = raw;
		}

		void entry() {
			if (++entries > limits.maxEntries()) {
				throw new RefusedUpload(RefusedUpload.Reason.UNPACKS_TOO_LARGE);
			}
		}

		void inflated(long bytes) {
			inflated += bytes;
			if (inflated > limits.maxUnpackedSize().toBytes() || inflated > limits.ratioFloor().toBytes()
					&& inflated > (long) limits.maxRatio() * Math.max(1, raw.count)) {
				throw new RefusedUpload(RefusedUpload.Reason.UNPACKS_TOO_LARGE);
			}
		}
	}

	/** The raw bytes read from the upload. */
	private static final class Counting extends FilterInputStream {

		long count;

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count += n;
			}
			return n;
		}
	}

	/** One entry's inflated bytes, charged to the budget as they are read; closing it leaves the ZIP open. */
	private static final class Counted extends FilterInputStream {

		private final Budget budget;

		Counted(InputStream in, Budget budget) {
			super(in);
			this.budget = budget;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				budget.inflated(1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				budget.inflated(n);
			}
			return n;
		}

		@Override
		public void close() {
		}
	}
}
