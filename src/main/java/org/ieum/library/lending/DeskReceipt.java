package org.ieum.library.lending;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the desk shows after a scan: the title and barcode, and for a checkout the due date; for a
 * check-in whether the copy goes to the hold shelf (and until when it waits there). Serializable: it
 * reaches the next page as a flash attribute, which a cluster keeps in the session in PostgreSQL.
 */
public record DeskReceipt(String title, String barcode, LocalDate dueOn, boolean toHoldShelf, LocalDate pickupBy)
		implements Serializable {
}
