package org.ieum.shared.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code ieum.files}: what an upload may unpack to. A picture is checked by the
 * size its header announces, before anything decodes it; a ZIP-based document (DOCX, XLSX,
 * PPTX, HWPX, ODF, a ZIP bundle) by inflating its entries as a stream and counting, without
 * writing them anywhere.
 *
 * @param maxImagePixels width × height a JPEG, PNG or WebP may have (40 megapixels: a phone's photo is 12 to 50)
 * @param maxUnpackedSize the bytes all entries of a ZIP may inflate to, nested ZIPs included
 * @param maxEntries the entries a ZIP may hold, nested ZIPs included
 * @param maxRatio how many times its own size a ZIP may inflate to, once it has inflated past {@code ratioFloor}
 * @param ratioFloor below this much inflated data the ratio is not held against a file (small XML packs well)
 * @param maxNesting how deep ZIPs inside ZIPs may go (a workbook embedded in a document is one level)
 */
@ConfigurationProperties("ieum.files")
public record UploadLimits(@DefaultValue("40000000") long maxImagePixels,
		@DefaultValue("256MB") DataSize maxUnpackedSize, @DefaultValue("10000") int maxEntries,
		@DefaultValue("100") int maxRatio, @DefaultValue("16MB") DataSize ratioFloor, @DefaultValue("2") int maxNesting) {

	/** The defaults, for code and tests that build a store by hand. */
	public static UploadLimits defaults() {
		return new UploadLimits(40_000_000L, DataSize.ofMegabytes(256), 10_000, 100, DataSize.ofMegabytes(16), 2);
	}
}
