/**
 * Certification readiness: per designation a center helps an organization towards (사회적기업, 마을기업, 협동조합), a
 * checklist of its legal requirements, each with a state (충족, 보완 필요, 미확인), evidence (a file, a number, a date),
 * and the consultant and course that help with it, stored as ids of the consulting and education modules. This
 * module may not depend on them: it asks them through the {@link org.ieum.enterprises.ReadinessReferences} port they
 * implement, which refuses an unknown id, a consultant outside the center's pool and another center's course, and gives
 * the name and pages to show. Each checklist links to the public guide to its designation in the organization's center
 * portal through the {@link org.ieum.enterprises.DesignationGuides} port the website implements. The share met is shown
 * to staff and to the organization's managers on My page.
 * <p>
 * Depends on {@code records} only.
 */
package org.ieum.enterprises.readiness;
