package org.ieum.content.home;

import java.time.LocalDate;

/** What staff fill in for a banner slide, already checked by {@link HomeComposition}. */
public record BannerDraft(String altText, String linkUrl, LocalDate showFrom, LocalDate showUntil) {
}
