package org.ieum.shared.mail;

/** The messages of one mailing by state: waiting or held, delivered, given up after every retry. */
public record OutboxTally(long waiting, long sent, long failed) {

	public long total() {
		return waiting + sent + failed;
	}
}
