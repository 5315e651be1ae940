package org.ieum.shared.search;

import java.time.LocalDate;

/**
 * One thing found. Title and snippet are plain text; a source with its own highlighter may
 * enclose matches in {@link Marks#OPEN} and {@link Marks#CLOSE}, otherwise the page marks the
 * visitor's words itself.
 *
 * @param title what the thing is called
 * @param url where it is shown (a path of this site)
 * @param snippet a short passage of its text, may be empty
 * @param date its date to show (posted, registration opens...), may be null
 * @param place the center it belongs to, shown on network-wide results; may be null
 */
public record SiteSearchHit(String title, String url, String snippet, LocalDate date, String place) {
}
