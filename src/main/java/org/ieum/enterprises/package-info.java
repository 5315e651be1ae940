/**
 * Social economy organizations: their records, designations (an organization may hold
 * several at once), products and services, change history, and members who manage their
 * own organization's profile. Other modules read it through
 * {@link org.ieum.enterprises.EnterprisesApi}; it uses {@code identity} and {@code centers}.
 * <p>
 * The root package is the module's API (the facade, summaries, events and enums). Inside,
 * one sub-package per feature: {@code records} (the organization aggregate, designations,
 * products, change history and access rules every feature shares), {@code administration}
 * (staff create, edit, merge and close), {@code membership} (members claim and edit their
 * own organization), {@code directory} (the public list, profiles and API), {@code journey} (the obligations
 * designations bring, their reminders and the overdue figure on the staff dashboard), {@code employment} (employment
 * figures per year, their import and the jobs figures for statistics) and
 * {@code demo} (the demo network's organizations).
 * <p>
 * Publishes no events; listens to {@link org.ieum.identity.AccountDeleted} (forgets the person's claims and
 * manager roles); depends on {@code shared}, {@code identity} and {@code centers}. Declares two ports that modules
 * depending on it implement: {@link org.ieum.enterprises.DesignationGuides} (content: the public guide to a
 * designation) and {@link org.ieum.enterprises.ReadinessReferences} (consulting and education: the consultant and
 * course a readiness checklist item links to).
 */
@ApplicationModule(displayName = "Enterprises", allowedDependencies = { "shared", "shared :: *", "identity", "centers" })
package org.ieum.enterprises;

import org.springframework.modulith.ApplicationModule;
