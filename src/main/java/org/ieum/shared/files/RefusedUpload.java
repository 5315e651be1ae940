package org.ieum.shared.files;

import java.util.Map;

/**
 * An upload the store refused; the module that asked turns the reason into its own Korean
 * message. {@link Reason#TOO_MANY_PIXELS} and {@link Reason#UNPACKS_TOO_LARGE} read the same
 * everywhere: {@link #FILES_MESSAGE_KEYS}.
 */
public class RefusedUpload extends RuntimeException {

	public enum Reason {

		/** No bytes at all. */
		EMPTY,

		/** Larger than the area accepts. */
		TOO_LARGE,

		/** The bytes are not one of the types the area accepts, whatever the name says. */
		TYPE,

		/** An image or a package of an accepted type whose structure cannot be read (cut off or damaged). */
		BROKEN,

		/** A picture whose header announces more pixels than {@link UploadLimits#maxImagePixels()}. */
		TOO_MANY_PIXELS,

		/** A ZIP-based document that unpacks to more than {@link UploadLimits} allow (a decompression bomb). */
		UNPACKS_TOO_LARGE

	}

	/** The shared Korean messages for the reasons every module words alike. */
	public static final Map<Reason, String> FILES_MESSAGE_KEYS = Map.of(Reason.TOO_MANY_PIXELS,
			"files.refused.pixels", Reason.UNPACKS_TOO_LARGE, "files.refused.unpacked");

	private final Reason reason;

	public RefusedUpload(Reason reason) {
		super("upload refused: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
