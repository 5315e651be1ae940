/**
 * Accounts, sign-up with separate consents, log-in with lockout, password reset, roles
 * and their audit, the personal-data access log, personal API tokens and
 * {@link org.ieum.identity.CurrentUser}. Depends on {@code centers} for the list of
 * centers; centers does not depend on identity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.ieum.identity;
