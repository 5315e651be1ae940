/**
 * The lending library (도서 대여): each center's catalogue of books and copies with barcodes, a
 * cover picture, and Korean search; loans under the center's rules (loan period, renewals, books
 * at once, no loans while one is overdue); holds with a queue, a pickup deadline and passing on;
 * the staff desk with checkout and check-in by barcode, the hold shelf and overdue reminders; a
 * member's loans and holds on My page and in the JSON API; and figures for statistics.
 * <p>
 * The root package is the module's API ({@link org.ieum.library.LibraryApi}, {@link org.ieum.library.LibraryFigures}).
 * Inside, the core {@code books} (books, copies, loans, holds, rules, the search index) and the features
 * {@code lending} (desk actions, renewals, holds, the reminder and expiry jobs), {@code desk} (staff pages),
 * {@code portal} (public catalogue, My page, API), {@code figures} and {@code demo}.
 * <p>
 * Publishes no events; listens to none; depends on {@code shared}, {@code identity} and {@code centers}.
 */
@ApplicationModule(displayName = "Library", allowedDependencies = { "shared", "shared :: *", "identity", "centers" })
package org.ieum.library;

import org.springframework.modulith.ApplicationModule;
