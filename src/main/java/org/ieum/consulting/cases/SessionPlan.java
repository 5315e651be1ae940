package org.ieum.consulting.cases;

import java.time.LocalDateTime;

/** When and how a session takes place, in Seoul time. */
public record SessionPlan(LocalDateTime startsAt, int minutes, SessionMode mode) {
}
