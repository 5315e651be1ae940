package org.ieum.shared.files;

/** An upload the store refused; the module that asked turns the reason into its own Korean message. */
public class RefusedUpload extends RuntimeException {

	public enum Reason {

		/** No bytes at all. */
		EMPTY,

		/** Larger than the area accepts. */
		TOO_LARGE,

		/** The bytes are not one of the types the area accepts, whatever the name says. */
		TYPE,

		/** An image of an accepted type whose structure cannot be read (cut off or damaged). */
		BROKEN

	}

	private final Reason reason;

	public RefusedUpload(Reason reason) {
		super("upload refused: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
