/**
 * Support-program calls (지원사업 공모): the call and its application form, applications
 * with drafts and files, eligibility screening, review and scoring by assigned reviewers,
 * selection, published results and the awardees' follow-up reports. Other modules react
 * to {@link org.ieum.programs.AwardeeSelected}; it uses {@code identity}, {@code centers}
 * and {@code enterprises}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programs")
package org.ieum.programs;
