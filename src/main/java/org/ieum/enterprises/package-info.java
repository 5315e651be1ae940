/**
 * Social economy organizations: their records, designations (an organization may hold
 * several at once), products and services, change history, and members who manage their
 * own organization's profile. Other modules read it through
 * {@link org.ieum.enterprises.EnterprisesApi}; it uses {@code identity} and {@code centers}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprises")
package org.ieum.enterprises;
