package org.ieum.library.lending;

import java.time.LocalDate;

/**
 * What the desk shows after a scan: the title and barcode, and for a checkout the due date; for a
 * check-in whether the copy goes to the hold shelf (and until when it waits there).
 */
public record DeskReceipt(String title, String barcode, LocalDate dueOn, boolean toHoldShelf, LocalDate pickupBy) {
}
