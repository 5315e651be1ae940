/**
 * How the notification service applies the rules for advertising messages (정보통신망법 제50조): they need
 * the recipient's marketing consent, are not sent between 21:00 and 08:00 Seoul time (they wait until
 * 08:00) and say "(광고)" first and how to refuse last. The rule itself is
 * {@link org.ieum.shared.AdvertisingRules}, in {@code shared} because the newsletter (which stays on the
 * mail outbox, ADR 0025) applies the same rule without depending on this module.
 */
package org.ieum.notifications.policy;
