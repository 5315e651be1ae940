/**
 * Accounts, sign-up with separate consents, log-in with lockout, password reset, roles
 * and their audit, the personal-data access log, personal API tokens and
 * {@link org.ieum.identity.CurrentUser}. Depends on {@code centers} for the list of
 * centers; centers does not depend on identity.
 * <p>
 * Publishes {@link org.ieum.identity.AccountDeleted} (handled synchronously inside the deleting transaction by
 * every module that keeps personal data); listens to none; depends on {@code shared} and {@code centers}.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "shared", "shared :: *", "centers" })
package org.ieum.identity;

import org.springframework.modulith.ApplicationModule;
