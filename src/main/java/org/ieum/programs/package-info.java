/**
 * Support-program calls (지원사업 공모): the call and its application form, applications
 * with drafts and files, eligibility screening, review and scoring by assigned reviewers,
 * selection, published results and the awardees' follow-up reports. Other modules react
 * to {@link org.ieum.programs.AwardeeSelected}; it uses {@code identity}, {@code centers}
 * and {@code enterprises}.
 * <p>
 * Publishes {@link org.ieum.programs.AwardeeSelected}; listens to {@link org.ieum.identity.AccountDeleted};
 * depends on {@code shared}, {@code identity}, {@code centers} and {@code enterprises}.
 */
@ApplicationModule(displayName = "Programs", allowedDependencies = { "shared", "shared :: *", "identity", "centers", "enterprises" })
package org.ieum.programs;

import org.springframework.modulith.ApplicationModule;
