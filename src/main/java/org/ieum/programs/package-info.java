/**
 * Support-program calls (지원사업 공모): the call and its application form, applications
 * with drafts and files, eligibility screening, review and scoring by assigned reviewers,
 * selection, published results and the awardees' follow-up reports. Other modules react
 * to {@link org.ieum.programs.AwardeeSelected}; it uses {@code identity}, {@code centers}
 * and {@code enterprises}.
 * <p>
 * The root package is the module's API (the event and the call kinds it names) with the menu entries
 * and the site search source. Inside, one sub-package per feature around the core {@code call} (the
 * call, its forms and criteria, applications, reviews, who may read what, and the views pages are built
 * from): {@code application} (the applicant's drafts, files and submission), {@code review} (reviewers,
 * the weighted score and ranking, selection and publication), {@code reports} (the agreement and the
 * awardees' reports with their reminders), {@code administration} (staff set up calls and read, export
 * and count applications), {@code portal} (the public pages, the home card and the API) and
 * {@code demo} (the demo network's calls).
 * <p>
 * Publishes {@link org.ieum.programs.AwardeeSelected}; listens to {@link org.ieum.identity.AccountDeleted};
 * depends on {@code shared}, {@code identity}, {@code centers} and {@code enterprises}.
 */
@ApplicationModule(displayName = "Programs", allowedDependencies = { "shared", "shared :: *", "identity", "centers", "enterprises" })
package org.ieum.programs;

import org.springframework.modulith.ApplicationModule;
