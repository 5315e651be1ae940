/**
 * Notifications (알림): the one service every module hands its notifications to through
 * {@link org.ieum.shared.Notifier}, its channels (e-mail through the mail outbox, in-app notices
 * with the header bell and a list on My page), and a delivery record per notification and channel
 * that a center's staff can read with addresses masked ({@link org.ieum.notifications.NotificationsApi}).
 * <p>
 * Publishes no events; listens to {@link org.ieum.identity.AccountDeleted}; depends on {@code shared},
 * {@code identity} and {@code centers}.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = { "shared", "shared :: *", "identity", "centers" })
package org.ieum.notifications;

import org.springframework.modulith.ApplicationModule;
