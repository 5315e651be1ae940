/**
 * The rules for advertising messages (정보통신망법 제50조): they need the recipient's marketing consent,
 * are not sent between 21:00 and 08:00 Seoul time (they wait until 08:00), say "(광고)" first and
 * how to refuse last. {@link org.ieum.notifications.policy.AdvertisingRules} is the one rule class:
 * the notification service applies it to advertising kinds, and the newsletter (which stays on the
 * mail outbox, ADR 0025) applies it itself. Named interface {@code policy}.
 */
@NamedInterface("policy")
package org.ieum.notifications.policy;

import org.springframework.modulith.NamedInterface;
