package org.ieum.shared.files;

/**
 * The name a download offers for an uploaded file: the name it was sent with, made safe to
 * put in a {@code Content-Disposition} header and to save on any system. Path and reserved
 * characters become {@code _}; control and invisible format characters (a right-to-left
 * override that disguises {@code fdp.exe} as {@code exe.pdf}) go; leading spaces and trailing
 * spaces and dots, which Windows drops when saving, are trimmed; long names keep their end,
 * where the extension is, without splitting a character.
 */
public final class DownloadNames {

	/** The columns that keep a download name are varchar(200). */
	public static final int MAX_LENGTH = 200;

	private DownloadNames() {
	}

	/** The sent name made safe, or the stored file's own name when nothing is left of it. */
	public static String of(String sent, String storedFile) {
		String name = clean(sent);
		return name.isEmpty() ? storedFile : fit(name);
	}

	/** The sent name made safe, not yet shortened; empty when nothing is left. */
	public static String clean(String sent) {
		return sent == null ? "" : sent.replaceAll("[\\\\/:*?\"<>|]", "_")
			.replaceAll("[\\p{Cf}\\p{Cc}]", "")
			.replaceAll("^[\\p{Z}\\s]+|[\\p{Z}\\s.]+$", "");
	}

	/** The last {@link #MAX_LENGTH} characters at most, beginning on a whole character. */
	public static String fit(String name) {
		if (name.length() <= MAX_LENGTH) {
			return name;
		}
		int cut = name.length() - MAX_LENGTH;
		return name.substring(Character.isLowSurrogate(name.charAt(cut)) ? cut + 1 : cut);
	}
}
